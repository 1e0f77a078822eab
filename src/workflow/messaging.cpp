#include "workflow/messaging.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "auth/secrets.hpp"
#include "core/json.hpp"
#include "core/text.hpp"
#include "store/outbox.hpp"
#include "workflow/notification_service.hpp"

namespace salient::workflow {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxBody = 4000;

const std::set<std::string, std::less<>> kFileTypes = {
    "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "text/plain", "text/csv",
    "application/zip", "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation"};
const std::set<std::string, std::less<>> kVoiceTypes = {"audio/webm", "audio/ogg", "audio/mp4", "audio/mpeg", "audio/wav"};

struct ThreadInfo {
  core::Id id = 0;
  std::string kind;  // record | direct
  std::string object;
  std::optional<core::Id> object_id;
  std::vector<core::Id> pair;  // direct threads: the two people
};

std::string BaseType(std::string_view content_type) {
  return std::string(content_type.substr(0, content_type.find(';')));  // "audio/webm;codecs=opus" → "audio/webm"
}

std::optional<ThreadInfo> LoadThread(store::Tx& tx, core::Id id) {
  auto r = tx.QueryOne("SELECT id, kind, object, object_id, direct_key FROM message_threads WHERE id = ?", {id});
  if (!r) return std::nullopt;
  ThreadInfo t{r->Int(0), r->Str(1), r->Str(2), r->OptInt(3), {}};
  if (t.kind == "direct") {
    const std::string key = r->Str(4);
    const auto colon = key.find(':');
    t.pair = {*core::ParseId(key.substr(0, colon)), *core::ParseId(key.substr(colon + 1))};
  }
  return t;
}

bool MayRead(store::Tx& tx, const RecordSources& sources, const auth::Actor& actor, const ThreadInfo& t) {
  if (t.kind == "direct") return std::find(t.pair.begin(), t.pair.end(), actor.user_id) != t.pair.end();
  auto source = sources.find(t.object);
  return source != sources.end() && source->second.visible && t.object_id &&
         source->second.visible(tx, actor, *t.object_id);
}

// The record's thread, created on demand when `create`; nullopt: none yet.
std::optional<core::Id> RecordThreadId(store::Tx& tx, const std::string& object, core::Id object_id, bool create) {
  if (create)
    tx.Exec("INSERT INTO message_threads (id, kind, object, object_id, created_at) VALUES (?, 'record', ?, ?, ?) "
            "ON CONFLICT (object, object_id) DO NOTHING",
            {tx.NewId(), object, object_id, tx.Now()});
  auto row = tx.QueryOne("SELECT id FROM message_threads WHERE object = ? AND object_id = ?", {object, object_id});
  if (!row) return std::nullopt;
  return row->Int(0);
}

// The thread a reference names; created on demand when `create`. nullopt: no thread yet.
core::Result<std::optional<ThreadInfo>> Resolve(store::Tx& tx, const RecordSources& sources, const auth::Actor& actor,
                                                const ThreadRef& ref, bool create) {
  if (ref.thread_id) {
    auto t = LoadThread(tx, *ref.thread_id);
    if (!t || !MayRead(tx, sources, actor, *t)) return core::Error::NotFound("thread");
    return t;
  }
  if (ref.user_id) {
    if (*ref.user_id == actor.user_id) return core::Error::Validation("user_id", "write to someone else");
    if (!tx.QueryOne("SELECT id FROM users WHERE id = ? AND active = 1", {*ref.user_id}))
      return core::Error::Validation("user_id", "unknown or inactive user");
    const core::Id a = std::min(actor.user_id, *ref.user_id), b = std::max(actor.user_id, *ref.user_id);
    const std::string key = core::IdToString(a) + ":" + core::IdToString(b);
    if (create)
      tx.Exec("INSERT INTO message_threads (id, kind, direct_key, created_at) VALUES (?, 'direct', ?, ?) "
              "ON CONFLICT (direct_key) DO NOTHING",
              {tx.NewId(), key, tx.Now()});
    auto row = tx.QueryOne("SELECT id FROM message_threads WHERE direct_key = ?", {key});
    if (!row) return std::optional<ThreadInfo>{};
    return LoadThread(tx, row->Int(0));
  }
  auto source = sources.find(ref.object);
  if (source == sources.end() || !source->second.visible)
    return core::Error::Validation("object", "messages are kept on customers, quotes and orders");
  if (!ref.object_id || !source->second.visible(tx, actor, *ref.object_id)) return core::Error::NotFound(ref.object);
  auto id = RecordThreadId(tx, ref.object, *ref.object_id, create);
  if (!id) return std::optional<ThreadInfo>{};
  return LoadThread(tx, *id);
}

std::string Label(store::Tx& tx, const RecordSources& sources, const auth::Actor& actor, const ThreadInfo& t) {
  if (t.kind == "direct") {
    const core::Id peer = t.pair[0] == actor.user_id ? t.pair[1] : t.pair[0];
    auto r = tx.QueryOne("SELECT display_name FROM users WHERE id = ?", {peer});
    return r ? r->Str(0) : "";
  }
  auto source = sources.find(t.object);
  if (source == sources.end() || !t.object_id) return "";
  return source->second.label(tx, *t.object_id);
}

json::value ThreadJson(store::Tx& tx, const RecordSources& sources, const auth::Actor& actor, const ThreadInfo& t) {
  json::object out{{"id", core::IdValue(t.id)},
                   {"kind", t.kind},
                   {"object", t.kind == "record" ? json::value(t.object) : json::value(nullptr)},
                   {"object_id", core::OptionalIdValue(t.object_id)},
                   {"label", Label(tx, sources, actor, t)}};
  if (t.kind == "direct") out["peer_id"] = core::IdValue(t.pair[0] == actor.user_id ? t.pair[1] : t.pair[0]);
  return out;
}

// The attachments (without their bytes) of the messages in `rows` (kSelectMessage rows), in
// one query: message id → attachments.
std::map<core::Id, json::array> AttachmentsOf(store::Tx& tx, const std::vector<store::Row>& rows) {
  std::map<core::Id, json::array> out;
  if (rows.empty()) return out;
  std::string ids;
  std::vector<store::Value> params;
  for (const auto& r : rows) {
    ids += ids.empty() ? "?" : ", ?";
    params.push_back(r.Int(0));
  }
  for (const auto& a : tx.Query("SELECT id, kind, file_name, content_type, size_bytes, duration_ms, message_id FROM "
                                "message_attachments WHERE message_id IN (" + ids + ") ORDER BY id",
                                params))
    out[a.Int(6)].push_back({{"id", core::IdValue(a.Int(0))},
                             {"kind", a.Str(1)},
                             {"file_name", a.Str(2)},
                             {"content_type", a.Str(3)},
                             {"size_bytes", a.Int(4)},
                             {"duration_ms", a.IsNull(5) ? json::value(nullptr) : json::value(a.Int(5))},
                             {"url", "/api/v1/attachments/" + core::IdToString(a.Int(0))}});
  return out;
}

json::value MessageJson(const store::Row& r, std::map<core::Id, json::array>& attachments_of) {
  const core::Id id = r.Int(0);
  json::array attachments = std::move(attachments_of[id]);
  json::value mentions = json::parse(r.Str(4));
  return {{"id", core::IdValue(id)},
          {"thread_id", core::IdValue(r.Int(1))},
          {"author_id", core::OptionalIdValue(r.OptInt(2))},
          {"author_name", r.Str(5)},
          {"body", r.Str(3)},
          {"mentions", std::move(mentions)},
          {"attachments", std::move(attachments)},
          {"created_at", core::TimeValue(r.Int(6))}};
}

const char* kSelectMessage =
    "SELECT m.id, m.thread_id, m.author_id, m.body, m.mentions, COALESCE(u.display_name, 'Salient'), m.created_at "
    "FROM messages m LEFT JOIN users u ON u.id = m.author_id";

void Follow(store::Tx& tx, core::Id thread, core::Id user, std::optional<core::Millis> read_at) {
  if (read_at)
    tx.Exec("INSERT INTO thread_participants (thread_id, user_id, last_read_at) VALUES (?, ?, ?) "
            "ON CONFLICT (thread_id, user_id) DO UPDATE SET last_read_at = excluded.last_read_at",
            {thread, user, *read_at});
  else
    tx.Exec("INSERT INTO thread_participants (thread_id, user_id, last_read_at) VALUES (?, ?, 0) "
            "ON CONFLICT (thread_id, user_id) DO NOTHING",
            {thread, user});
}

core::Result<std::vector<std::pair<NewAttachment, std::string>>> CheckAttachments(
    const std::vector<NewAttachment>& attachments) {
  if (attachments.size() > kMaxAttachments)
    return core::Error::Validation("attachments", "at most " + std::to_string(kMaxAttachments) + " per message");
  std::vector<std::pair<NewAttachment, std::string>> out;
  for (std::size_t i = 0; i < attachments.size(); ++i) {
    const auto& a = attachments[i];
    const std::string at = "attachments[" + std::to_string(i) + "].";
    const bool voice = a.kind == "voice";
    if (!voice && a.kind != "file") return core::Error::Validation(at + "kind", "must be file or voice");
    if (core::Trim(a.file_name).empty() || a.file_name.size() > 200 ||
        a.file_name.find_first_of("/\\\0", 0, 3) != std::string::npos)
      return core::Error::Validation(at + "file_name", "a plain file name of at most 200 characters");
    const std::string type = BaseType(a.content_type);
    if (voice ? !kVoiceTypes.count(type) : !kFileTypes.count(type))
      return core::Error::Validation(at + "content_type", voice ? "voice notes must be webm, ogg, mp4, mpeg or wav audio"
                                                                : "this type of file is not accepted");
    auto bytes = auth::DecodeBase64(a.data_base64);
    if (!bytes || bytes->empty()) return core::Error::Validation(at + "data_base64", "must be non-empty base64");
    const std::size_t limit = voice ? kMaxVoiceBytes : kMaxFileBytes;
    if (bytes->size() > limit)
      return core::Error::Validation(at + "data_base64", "at most " + std::to_string(limit / (1024 * 1024)) + " MB");
    if (voice && (!a.duration_ms || *a.duration_ms <= 0 || *a.duration_ms > 5 * 60 * 1000))
      return core::Error::Validation(at + "duration_ms", "a voice note lasts up to 5 minutes");
    out.emplace_back(a, std::move(*bytes));
  }
  return out;
}

}  // namespace

core::Status PostRuleMessage(store::Tx& tx, const std::string& object, core::Id object_id, const std::string& body) {
  const core::Id thread = *RecordThreadId(tx, object, object_id, /*create=*/true);
  const core::Id id = tx.NewId();
  tx.Exec("INSERT INTO messages (id, thread_id, author_id, body, mentions, created_at) VALUES (?, ?, NULL, ?, '[]', ?)",
          {id, thread, body, tx.Now()});
  tx.Exec("UPDATE message_threads SET last_message_at = ? WHERE id = ?", {tx.Now(), thread});
  store::PublishEvent(tx, "message.created", "thread", thread, std::nullopt,
                      json::serialize(json::object{{"message_id", core::IdToString(id)},
                                                   {"kind", "record"},
                                                   {"object", object},
                                                   {"object_id", core::IdValue(object_id)}}));
  return core::Ok{};
}

core::Result<json::value> MessageService::Post(const auth::Actor& actor, const ThreadRef& to, const std::string& body,
                                               const std::vector<NewAttachment>& attachments) {
  if (!actor.user_id) return core::Error::Denied("only people post messages");
  if (core::Utf8Length(body) > kMaxBody) return core::Error::Validation("body", "at most 4000 characters");
  if (core::Trim(body).empty() && attachments.empty()) return core::Error::Validation("body", "write something or attach a file");
  auto checked = CheckAttachments(attachments);
  if (!checked.ok()) return checked.error();
  // Mentioned people, and whether they may read the thread, are settled before writing.
  std::vector<std::pair<core::Id, std::string>> mentioned;
  // "@name" after a space or at the start (not inside an e-mail address); a trailing dot or
  // hyphen ends the sentence, not the name.
  static const std::regex kMention(R"((?:^|[^A-Za-z0-9_.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,62}[A-Za-z0-9_])?))");
  std::set<std::string> names;
  for (std::sregex_iterator it(body.begin(), body.end(), kMention), end; it != end; ++it) names.insert((*it)[1]);
  return db_.Write<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto thread = Resolve(tx, sources_, actor, to, /*create=*/true);
    if (!thread.ok()) return thread.error();
    const ThreadInfo& t = **thread;
    for (const auto& name : names) {
      auto user = tx.QueryOne("SELECT id, display_name FROM users WHERE username = ? AND active = 1", {name});
      if (!user || user->Int(0) == actor.user_id) continue;
      bool may_read = false;
      if (t.kind == "direct") {
        may_read = std::find(t.pair.begin(), t.pair.end(), user->Int(0)) != t.pair.end();
      } else if (auto other = actor_for_(user->Int(0)); other.ok()) {
        may_read = MayRead(tx, sources_, other.value(), t);
      }
      if (may_read) mentioned.emplace_back(user->Int(0), user->Str(1));
    }
    const core::Millis now = tx.Now();
    const core::Id id = tx.NewId();
    json::array mention_ids;
    for (const auto& [uid, _] : mentioned) mention_ids.push_back(core::IdValue(uid));
    tx.Exec("INSERT INTO messages (id, thread_id, author_id, body, mentions, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            {id, t.id, actor.user_id, body, json::serialize(mention_ids), now});
    for (const auto& [a, bytes] : checked.value())
      tx.Exec("INSERT INTO message_attachments (id, message_id, kind, file_name, content_type, size_bytes, duration_ms, "
              "data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {tx.NewId(), id, a.kind, a.file_name, BaseType(a.content_type), static_cast<std::int64_t>(bytes.size()),
               a.duration_ms, auth::EncodeBase64(bytes), now});
    tx.Exec("UPDATE message_threads SET last_message_at = ? WHERE id = ?", {now, t.id});
    Follow(tx, t.id, actor.user_id, now);
    const std::string label = Label(tx, sources_, actor, t);
    const std::string link = t.kind == "direct" ? "/messages?thread=" + core::IdToString(t.id)
                                                : "/" + t.object + "s/" + core::IdToString(*t.object_id);
    const std::string excerpt = body.size() > 120 ? body.substr(0, 117) + "…" : body;
    std::set<core::Id> told;
    for (const auto& [uid, _] : mentioned) {
      Follow(tx, t.id, uid, std::nullopt);
      NotifyInLocale(tx, uid, "message", {actor.display_name + " 在「" + label + "」中提到了你", actor.display_name + " mentioned you on " + label},
                     {excerpt, excerpt}, link);
      told.insert(uid);
    }
    if (t.kind == "direct") {
      const core::Id peer = t.pair[0] == actor.user_id ? t.pair[1] : t.pair[0];
      Follow(tx, t.id, peer, std::nullopt);
      if (!told.count(peer))
        NotifyInLocale(tx, peer, "message", {actor.display_name + " 给你发了消息", "Message from " + actor.display_name},
                       {excerpt, excerpt}, link);
    }
    store::PublishEvent(tx, "message.created", "thread", t.id, actor.user_id,
                        json::serialize(json::object{{"message_id", core::IdToString(id)},
                                                     {"kind", t.kind},
                                                     {"object", t.object},
                                                     {"object_id", core::OptionalIdValue(t.object_id)}}));
    const auto rows = tx.Query(std::string(kSelectMessage) + " WHERE m.id = ?", {id});
    auto attachments = AttachmentsOf(tx, rows);
    return MessageJson(rows.front(), attachments);
  });
}

core::Result<json::value> MessageService::Thread(const auth::Actor& actor, const ThreadRef& ref,
                                                 std::optional<core::Id> before, int limit) {
  return db_.Write<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    auto thread = Resolve(tx, sources_, actor, ref, /*create=*/false);
    if (!thread.ok()) return thread.error();
    if (!thread.value()) return json::value(json::object{{"thread", nullptr}, {"messages", json::array{}}, {"has_more", false}});
    const ThreadInfo& t = **thread;
    json::array messages;
    // Ids are time-ordered and unique: "before this message" never skips one written in the
    // same millisecond.
    const auto rows = tx.Query(std::string(kSelectMessage) + " WHERE m.thread_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?",
                               {t.id, before.value_or(std::numeric_limits<core::Id>::max()), limit + 1});
    const bool has_more = static_cast<int>(rows.size()) > limit;
    auto attachments = AttachmentsOf(tx, rows);
    for (int i = std::min<int>(limit, static_cast<int>(rows.size())) - 1; i >= 0; --i)
      messages.push_back(MessageJson(rows[static_cast<std::size_t>(i)], attachments));
    if (!before) Follow(tx, t.id, actor.user_id, tx.Now());  // reading the latest marks the thread read
    return json::value(json::object{{"thread", ThreadJson(tx, sources_, actor, t)},
                                    {"messages", std::move(messages)},
                                    {"has_more", has_more}});
  });
}

core::Result<json::value> MessageService::Inbox(const auth::Actor& actor) {
  return db_.Read<json::value>([&](store::Tx& tx) -> core::Result<json::value> {
    json::array items;
    std::int64_t total = 0;
    for (const auto& r : tx.Query(
             "SELECT t.id, p.last_read_at, t.last_message_at, (SELECT COUNT(*) FROM messages m WHERE m.thread_id = t.id "
             "AND m.created_at > p.last_read_at AND (m.author_id IS NULL OR m.author_id <> p.user_id)) FROM thread_participants p JOIN "
             "message_threads t ON t.id = p.thread_id WHERE p.user_id = ? AND t.last_message_at IS NOT NULL "
             "ORDER BY t.last_message_at DESC LIMIT 100",
             {actor.user_id})) {
      auto t = LoadThread(tx, r.Int(0));
      if (!t || !MayRead(tx, sources_, actor, *t)) continue;  // lost access since: the thread is gone for them
      json::object item = ThreadJson(tx, sources_, actor, *t).as_object();
      item["unread"] = r.Int(3);
      item["last_message_at"] = core::TimeValue(r.Int(2));
      total += r.Int(3);
      items.push_back(std::move(item));
    }
    return json::value(json::object{{"items", std::move(items)}, {"unread", total}});
  });
}

core::Result<Download> MessageService::Attachment(const auth::Actor& actor, core::Id attachment_id) {
  return db_.Read<Download>([&](store::Tx& tx) -> core::Result<Download> {
    auto r = tx.QueryOne("SELECT a.content_type, a.file_name, a.data, m.thread_id FROM message_attachments a JOIN messages "
                         "m ON m.id = a.message_id WHERE a.id = ?",
                         {attachment_id});
    if (!r) return core::Error::NotFound("attachment");
    auto t = LoadThread(tx, r->Int(3));
    if (!t || !MayRead(tx, sources_, actor, *t)) return core::Error::NotFound("attachment");
    auto bytes = auth::DecodeBase64(r->Str(2));
    if (!bytes) return core::Error{core::ErrorCode::kInternal, "a stored attachment is corrupt", {}};
    const std::string type = r->Str(0);
    return Download{type, r->Str(1), std::move(*bytes), type.rfind("audio/", 0) == 0 || type.rfind("image/", 0) == 0};
  });
}

}  // namespace salient::workflow
