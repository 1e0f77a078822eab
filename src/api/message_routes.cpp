// Messaging: record threads, direct messages, attachments and the inbox.
#include <boost/json.hpp>

#include <cstdio>

#include "api/app.hpp"
#include "api/body_reader.hpp"
#include "api/reply.hpp"
#include "core/time.hpp"

namespace salient::api {

namespace {

// The thread a request names: object + object_id, user_id (direct) or thread_id.
core::Result<workflow::ThreadRef> ThreadRefFrom(const Request& request) {
  workflow::ThreadRef ref;
  ref.object = request.Query("object").value_or("");
  if (auto s = QueryIds(request, {{"object_id", &ref.object_id}, {"user_id", &ref.user_id}, {"thread_id", &ref.thread_id}});
      !s.ok())
    return s.error();
  if (ref.object.empty() && !ref.user_id && !ref.thread_id)
    return core::Error::Invalid("object", "name a record (object, object_id), a person (user_id) or a thread_id");
  return ref;
}

// RFC 5987 filename*: UTF-8, percent-encoded.
std::string ContentDisposition(bool inline_ok, const std::string& file_name) {
  std::string encoded;
  for (unsigned char c : file_name) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      encoded += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      encoded += hex;
    }
  }
  return std::string(inline_ok ? "inline" : "attachment") + "; filename*=UTF-8''" + encoded;
}

}  // namespace

void AddMessageRoutes(Router& router, Services& s) {
  router.Add("POST", "/api/v1/messages", Access::kSession, "messages",
             "Post to a record's thread {object, object_id}, to a person {user_id} or a thread {thread_id}: "
             "{body, attachments?: [{kind: file|voice, file_name, content_type, data_base64, duration_ms?}]}",
             [&s](Context& ctx) {
               auto body = BodyReader::Parse(ctx.request);
               if (!body.ok()) return Problem(ctx, body.error());
               workflow::ThreadRef to;
               to.object = body->String("object", false, 32).value_or("");
               to.object_id = body->Id("object_id");
               to.user_id = body->Id("user_id");
               to.thread_id = body->Id("thread_id");
               auto text = body->String("body", false, 4000).value_or("");
               std::vector<workflow::NewAttachment> attachments;
               body->Each("attachments", false, [&](BodyReader& item) {
                 workflow::NewAttachment a;
                 a.kind = item.String("kind", true, 10).value_or("");
                 a.file_name = item.String("file_name", true, 200).value_or("");
                 a.content_type = item.String("content_type", true, 200).value_or("");
                 a.data_base64 = item.String("data_base64", true, 40 * 1024 * 1024).value_or("");
                 a.duration_ms = item.Int("duration_ms");
                 attachments.push_back(std::move(a));
               });
               if (auto done = body->Finish(); !done.ok()) return Problem(ctx, done.error());
               if (to.object.empty() && !to.user_id && !to.thread_id)
                 return Problem(ctx, core::Error::Validation("object", "name a record, a person (user_id) or a thread"));
               return Reply(ctx, s.messages.Post(*ctx.actor, to, text, attachments), 201);
             });
  router.Add("GET", "/api/v1/messages", Access::kSession, "messages",
             "A thread's latest messages (object+object_id, user_id or thread_id; before=message id, limit); marks it read",
             [&s](Context& ctx) {
               auto ref = ThreadRefFrom(ctx.request);
               if (!ref.ok()) return Problem(ctx, ref.error());
               auto list = ParseListParams(ctx.request);
               if (!list.ok()) return Problem(ctx, list.error());
               auto before = QueryId(ctx.request, "before");
               if (!before.ok()) return Problem(ctx, before.error());
               return Reply(ctx, s.messages.Thread(*ctx.actor, ref.value(), before.value(), list->limit));
             });
  router.Add("GET", "/api/v1/messages/inbox", Access::kSession, "messages",
             "The caller's threads with unread counts, latest first", [&s](Context& ctx) {
               return Reply(ctx, s.messages.Inbox(*ctx.actor));
             });
  router.Add("GET", "/api/v1/attachments/{id}", Access::kSession, "messages",
             "Download an attachment (who may read its thread only)", [&s](Context& ctx) {
               auto id = PathId(ctx);
               if (!id) return Problem(ctx, core::Error::NotFound("attachment"));
               auto file = s.messages.Attachment(*ctx.actor, *id);
               if (!file.ok()) return Problem(ctx, file.error());
               Response r;
               r.content_type = file->content_type;
               r.body = std::move(file->bytes);
               r.headers.emplace_back("Content-Disposition", ContentDisposition(file->inline_ok, file->file_name));
               r.headers.emplace_back("Content-Security-Policy", "default-src 'none'; sandbox");
               return r;
             });
}

}  // namespace salient::api
