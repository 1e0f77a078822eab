#pragma once
// Messaging: one thread per record (everyone who may read the record may read and post)
// and one per pair of people (direct messages). Messages carry @mentions (a mentioned
// person is told, if they may read the thread), files and voice notes with size and type
// limits; downloads check the thread's access again. Unread counts per person.
#include <boost/json/value.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "store/database.hpp"
#include "workflow/record_source.hpp"

namespace salient::workflow {

constexpr std::size_t kMaxFileBytes = 5 * 1024 * 1024;
constexpr std::size_t kMaxVoiceBytes = 2 * 1024 * 1024;
constexpr int kMaxAttachments = 5;

struct NewAttachment {
  std::string kind;  // file | voice
  std::string file_name;
  std::string content_type;
  std::string data_base64;
  std::optional<std::int64_t> duration_ms;  // voice notes
};

// Where a message goes: a record's thread, a direct thread with a person, or a thread by id.
struct ThreadRef {
  std::string object;
  std::optional<core::Id> object_id;
  std::optional<core::Id> user_id;
  std::optional<core::Id> thread_id;
};

struct Download {
  std::string content_type;
  std::string file_name;
  std::string bytes;
  bool inline_ok = false;  // audio and images play in the page; everything else downloads
};

// Inside the caller's transaction: a workflow rule's message on a record's thread (no author).
core::Status PostRuleMessage(store::Tx& tx, const std::string& object, core::Id object_id, const std::string& body);

using ActorLookup = std::function<core::Result<auth::Actor>(core::Id user_id)>;

class MessageService {
 public:
  MessageService(store::Database& db, const RecordSources& sources, ActorLookup actor_for)
      : db_(db), sources_(sources), actor_for_(std::move(actor_for)) {}

  // Errors name `body`, `attachments[i].field`, `object_id` or `user_id`.
  core::Result<boost::json::value> Post(const auth::Actor& actor, const ThreadRef& to, const std::string& body,
                                        const std::vector<NewAttachment>& attachments);
  // The thread and its messages, the newest `limit` before message `before` (oldest first);
  // reading the newest page marks it read and makes the caller a participant (it joins
  // their inbox).
  core::Result<boost::json::value> Thread(const auth::Actor& actor, const ThreadRef& ref,
                                          std::optional<core::Id> before, int limit);
  // The caller's threads, latest first, each with its unread count; plus the total.
  core::Result<boost::json::value> Inbox(const auth::Actor& actor);
  core::Result<Download> Attachment(const auth::Actor& actor, core::Id attachment_id);

 private:
  store::Database& db_;
  const RecordSources& sources_;
  ActorLookup actor_for_;
};

}  // namespace salient::workflow
