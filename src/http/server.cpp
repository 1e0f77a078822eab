#include "http/server.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>
#include <spdlog/async.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <array>
#include <atomic>
#include <cmath>
#include <deque>
#include <random>
#include <thread>

#include "api/problem.hpp"
#include "core/text.hpp"
#include "core/time.hpp"
#include "http/metrics.hpp"
#include "http/outbox_fanout.hpp"
#include "http/static_files.hpp"
#include "http/ws_hub.hpp"

namespace salient::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace websocket = boost::beast::websocket;
using tcp = asio::ip::tcp;
using BeastRequest = bhttp::request<bhttp::string_body>;
using BeastResponse = bhttp::response<bhttp::string_body>;
constexpr auto kNoThrow = asio::as_tuple(asio::use_awaitable);

namespace {

// Request ids: a random per-process prefix plus a counter; cheap and unique enough to
// find a request in the logs across nodes.
std::string NextRequestId() {
  static const std::string prefix = [] {
    std::random_device rd;
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08x", rd());
    return std::string(buf);
  }();
  static std::atomic<std::uint64_t> counter{0};
  return prefix + "-" + std::to_string(++counter);
}

bool ValidRequestId(const std::string& id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
  });
}

// A WebSocket connection in the hub. Writes are queued on the connection's IO thread (its
// single-threaded context) so that only one async_write is outstanding at a time.
class WsConnection final : public WsClient, public std::enable_shared_from_this<WsConnection> {
 public:
  WsConnection(beast::tcp_stream stream, core::Id user_id, core::Id session_id)
      : ws(std::move(stream)), user_id_(user_id), session_id_(session_id) {}

  core::Id user_id() const override { return user_id_; }
  core::Id session_id() const override { return session_id_; }

  void Send(std::string text) override {
    asio::post(ws.get_executor(), [self = shared_from_this(), text = std::move(text)]() mutable {
      if (self->queue_.size() > 256) return;  // a client that cannot keep up loses messages, not memory
      self->queue_.push_back(std::move(text));
      if (self->queue_.size() == 1) self->WriteNext();
    });
  }

  void Close() override {
    asio::post(ws.get_executor(), [self = shared_from_this()] {
      self->ws.async_close(websocket::close_code::going_away, [self](beast::error_code) {});
    });
  }

  websocket::stream<beast::tcp_stream> ws;

 private:
  void WriteNext() {
    ws.text(true);
    ws.async_write(asio::buffer(queue_.front()), [self = shared_from_this()](beast::error_code ec, std::size_t) {
      self->queue_.pop_front();
      if (!ec && !self->queue_.empty()) self->WriteNext();
    });
  }

  core::Id user_id_;
  core::Id session_id_;
  std::deque<std::string> queue_;
};

}  // namespace

std::vector<std::unique_ptr<asio::io_context>> MakeContexts(int count) {
  std::vector<std::unique_ptr<asio::io_context>> out;
  for (int i = 0; i < std::max(1, count); ++i) out.push_back(std::make_unique<asio::io_context>(1));
  return out;
}

struct Server::Impl {
  Impl(ServerConfig config, api::App& app, store::Database& db)
      : config(std::move(config)),
        app(app),
        db(db),
        iocs(MakeContexts(this->config.io_threads)),
        workers(this->config.worker_threads),
        acceptor(*iocs.front()),
        static_files(this->config.web_root),
        fanout(db, hub) {
    if (this->config.access_log) {
      spdlog::init_thread_pool(8192, 1);
      access_log = spdlog::create_async_nb<spdlog::sinks::stdout_sink_mt>("access");
      access_log->set_pattern("%v");
    }
  }

  ~Impl() { spdlog::drop("access"); }

  ServerConfig config;
  api::App& app;
  store::Database& db;
  // One single-threaded context per IO thread, connections dealt round-robin: a connection
  // lives on one thread, so it needs no strand and its completions never wake another
  // thread (a shared context with strands cost ~20% of a small request in futex wake-ups).
  std::vector<std::unique_ptr<asio::io_context>> iocs;
  std::size_t next_ioc = 0;
  asio::thread_pool workers;
  tcp::acceptor acceptor;
  std::vector<std::thread> io_threads;
  StaticFiles static_files;
  WsHub hub;
  Metrics metrics;
  OutboxFanout fanout;
  std::shared_ptr<spdlog::logger> access_log;
  std::atomic<int> in_flight{0};
  std::atomic<bool> draining{false};
  std::atomic<bool> stopped{false};

  api::Request Convert(BeastRequest& req, const std::string& remote_ip) {
    api::Request out;
    out.method = std::string(req.method_string());
    const std::string target(req.target());
    const auto question = target.find('?');
    out.path = api::PercentDecode(target.substr(0, question));
    if (question != std::string::npos) out.query = api::ParseQuery(std::string_view(target).substr(question + 1));
    for (const auto& field : req) out.headers[core::ToLower(std::string(field.name_string()))] = std::string(field.value());
    out.body = std::move(req.body());
    out.remote_ip = remote_ip;
    const std::string given = out.Header("x-request-id");
    out.request_id = ValidRequestId(given) ? given : NextRequestId();
    return out;
  }

  // Runs `work` on the worker pool; the calling coroutine resumes on its IO thread with the
  // result. (`co_await post(workers, use_awaitable)` would not move the work: an awaitable
  // resumes on its own executor, so the work would run on the IO thread after a round trip.)
  template <typename Work, typename T = std::invoke_result_t<Work&>>
  asio::awaitable<T> OnWorker(Work work) {
    // co_spawn wants a default-constructible result; results and errors (core::Result) are not.
    std::optional<T> out = co_await asio::co_spawn(
        workers, [&work]() -> asio::awaitable<std::optional<T>> { co_return work(); }, asio::use_awaitable);
    co_return std::move(*out);
  }

  // Everything that is not /api runs inline on the IO thread (no database); /api and
  // /readyz run on the worker pool.
  asio::awaitable<api::Response> Dispatch(api::Request& request) {
    const std::string& path = request.path;
    if (path == "/healthz") {
      api::Response r;
      r.body = R"({"status":"ok"})";
      r.route = "/healthz";
      co_return r;
    }
    if (path == "/metrics") {
      const auto stats = db.Stats();
      api::Response r;
      r.content_type = "text/plain; version=0.0.4";
      r.body = metrics.Render({stats.size, stats.in_use, hub.Count(), in_flight.load()});
      r.route = "/metrics";
      co_return r;
    }
    if (core::StartsWith(path, "/api/")) {
      // Identity questions answered from the cached session need no worker hop.
      if (auto answered = app.HandleFromSession(request)) co_return std::move(*answered);
    }
    if (path == "/readyz") {
      co_return co_await OnWorker([&] {
        const auto ping = db.Ping();
        api::Response r = ping.ok() ? api::Response{200, "application/json", R"({"status":"ready"})", {}, "", ""}
                                    : api::ProblemResponse(503, "Service unavailable", "database unreachable",
                                                           request.request_id);
        r.route = "/readyz";
        return r;
      });
    }
    if (core::StartsWith(path, "/api/")) co_return co_await OnWorker([&] { return app.Handle(request); });
    if (request.method == "GET" || request.method == "HEAD") {
      if (auto file = static_files.Serve(path, request.Header("if-none-match"))) co_return *file;
    }
    api::Response r = api::ProblemResponse(404, "Not found", "no such page", request.request_id);
    r.route = "not_found";
    co_return r;
  }

  BeastResponse ToBeast(api::Response&& r, const api::Request& request, unsigned version, bool keep_alive) {
    BeastResponse res{static_cast<bhttp::status>(r.status), version};
    if (!r.content_type.empty()) res.set(bhttp::field::content_type, r.content_type);
    for (auto& [name, value] : r.headers) res.insert(name, value);
    res.set(bhttp::field::server, "salient");
    res.set("X-Request-Id", request.request_id);
    res.set("X-Content-Type-Options", "nosniff");
    if (core::StartsWith(r.content_type, "text/html")) {  // framing and referrers concern pages, not JSON
      res.set("Referrer-Policy", "same-origin");
      res.set("X-Frame-Options", "DENY");
      res.set("Content-Security-Policy",
              "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
              "connect-src 'self' ws: wss:; media-src 'self' blob:; frame-ancestors 'none'");
    }
    if (core::StartsWith(request.path, "/api/")) res.set(bhttp::field::cache_control, "no-store");
    if (request.method != "HEAD") res.body() = std::move(r.body);
    res.keep_alive(keep_alive);
    res.prepare_payload();
    return res;
  }

  void LogAccess(const api::Request& request, const api::Response& r, double seconds, std::size_t bytes) {
    metrics.ObserveRequest(request.method, r.route.empty() ? "unknown" : r.route, r.status, seconds);
    if (!access_log) return;
    access_log->info(boost::json::serialize(boost::json::object{
        {"ts", core::FormatIso(db.clock().NowMillis())},
        {"request_id", request.request_id},
        {"method", request.method},
        {"path", request.path},
        {"route", r.route},
        {"status", r.status},
        {"us", static_cast<std::int64_t>(seconds * 1e6)},
        {"bytes", bytes},
        {"user", r.user},
        {"ip", request.remote_ip}}));
  }

  // Writes a problem response for a request that could not be read, then the caller closes.
  asio::awaitable<void> Reject(beast::tcp_stream& stream, int status, const std::string& detail) {
    api::Response problem = api::ProblemResponse(status, status == 413 ? "Payload too large" :
                                                        status == 431 ? "Request header fields too large" : "Bad request",
                                                 detail, NextRequestId());
    BeastResponse res{static_cast<bhttp::status>(status), 11};
    res.set(bhttp::field::content_type, problem.content_type);
    res.body() = problem.body;
    res.keep_alive(false);
    res.prepare_payload();
    stream.expires_after(std::chrono::seconds(5));
    co_await bhttp::async_write(stream, res, kNoThrow);
    // Lingering close: the client may still be sending the body we refused. Closing now
    // would reset the connection and it might never read our answer, so stop sending and
    // discard what still arrives for a moment.
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream.expires_after(std::chrono::seconds(2));
    std::array<char, 16 * 1024> scratch;
    std::size_t discarded = 0;
    while (discarded < 16 * config.body_limit) {
      auto [ec, n] = co_await stream.async_read_some(asio::buffer(scratch), kNoThrow);
      if (ec) break;
      discarded += n;
    }
  }

  // {"type": "watch" | "unwatch", "object": "quote", "id": "123"}; anything else is ignored.
  void HandleClientMessage(const WsClient& client, const std::string& text) {
    boost::system::error_code ec;
    const auto message = boost::json::parse(text, ec);
    if (ec || !message.is_object()) return;
    const auto& o = message.as_object();
    const auto* type = o.if_contains("type");
    const auto* object = o.if_contains("object");
    const auto* id = o.if_contains("id");
    if (!type || !type->is_string() || !object || !object->is_string() || !id || !id->is_string()) return;
    const std::string_view name = object->get_string();
    if (name.empty() || name.size() > 32 || !core::ParseId(id->get_string())) return;
    const std::string key = std::string(name) + ":" + std::string(id->get_string());
    if (type->get_string() == "watch") hub.Watch(&client, key);
    else if (type->get_string() == "unwatch") hub.Unwatch(&client, key);
  }

  asio::awaitable<void> WebSocketSession(beast::tcp_stream stream, BeastRequest req, std::string remote_ip) {
    api::Request request = Convert(req, remote_ip);
    // Refuse cross-site pages: the browser would send our cookie along.
    const std::string origin = request.Header("origin");
    const std::string host = request.Header("host");
    const bool same_origin = origin.empty() || origin == "http://" + host || origin == "https://" + host;
    core::Result<auth::Actor> actor = core::Error{core::ErrorCode::kNotFound, "no such endpoint", {}};
    if (request.path == "/api/v1/ws" && same_origin) {
      actor = co_await OnWorker([&] { return app.Authenticate(request); });
    } else if (!same_origin) {
      actor = core::Error::Denied("cross-origin WebSocket refused");
    }
    if (!actor.ok()) {
      api::Response problem = api::ProblemResponse(actor.error(), request.request_id);
      BeastResponse res = ToBeast(std::move(problem), request, req.version(), false);
      co_await bhttp::async_write(stream, res, kNoThrow);
      co_return;
    }
    stream.expires_never();
    auto connection = std::make_shared<WsConnection>(std::move(stream), actor->user_id, actor->session_id);
    connection->ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
    connection->ws.read_message_max(64 * 1024);
    auto [accept_ec] = co_await connection->ws.async_accept(req, kNoThrow);
    if (accept_ec) co_return;
    hub.Add(connection);
    connection->Send(boost::json::serialize(boost::json::object{{"type", "hello"}, {"user_id", std::to_string(actor->user_id)}}));
    beast::flat_buffer buffer;
    while (!draining) {
      auto [ec, n] = co_await connection->ws.async_read(buffer, kNoThrow);
      if (ec) break;
      HandleClientMessage(*connection, beast::buffers_to_string(buffer.data()));
      buffer.consume(n);
    }
    hub.Remove(connection.get());
  }

  // Load balancers probe /healthz many times a second: it answers from a prebuilt
  // response, without request parsing, logging or metrics.
  static bool IsHealthProbe(const BeastRequest& req) {
    return req.method() == bhttp::verb::get && req.target() == "/healthz";
  }

  asio::awaitable<void> Session(beast::tcp_stream stream) {
    beast::flat_buffer buffer;
    std::string remote_ip;
    {
      beast::error_code ec;
      auto endpoint = stream.socket().remote_endpoint(ec);
      if (!ec) remote_ip = endpoint.address().to_string();
    }
    while (!draining) {
      // Wait for the next request for at most the idle timeout...
      if (buffer.size() == 0) {
        stream.expires_after(config.idle_timeout);
        auto [ec, n] = co_await stream.async_read_some(buffer.prepare(4096), kNoThrow);
        if (ec) break;
        buffer.commit(n);
      }
      // ...then the whole request must arrive within the request timeout.
      stream.expires_after(config.request_timeout);
      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(config.header_limit));
      // The route decides the body limit, and the route is known only after the header:
      // read it with the larger limit, then apply the route's own.
      parser.body_limit(std::max(config.body_limit, config.import_body_limit));
      auto [header_ec, header_n] = co_await bhttp::async_read_header(stream, buffer, parser, kNoThrow);
      if (header_ec == bhttp::error::header_limit) {
        co_await Reject(stream, 431, "request headers exceed " + std::to_string(config.header_limit) + " bytes");
        break;
      }
      if (header_ec == bhttp::error::body_limit) {
        co_await Reject(stream, 413, "request body exceeds " + std::to_string(config.body_limit) + " bytes");
        break;
      }
      if (header_ec) {
        if (header_ec != beast::error::timeout && header_ec != bhttp::error::end_of_stream &&
            header_ec != asio::error::eof && header_ec != asio::error::connection_reset)
          co_await Reject(stream, 400, "malformed HTTP request");
        break;
      }
      const std::string_view target(parser.get().target());
      const bool large = core::StartsWith(target, "/api/v1/imports/") || target == "/api/v1/messages";  // files
      const std::size_t body_limit = large
                                         ? config.import_body_limit
                                         : config.body_limit;
      parser.body_limit(body_limit);
      if (auto length = parser.content_length(); length && *length > body_limit) {
        co_await Reject(stream, 413, "request body exceeds " + std::to_string(body_limit) + " bytes");
        break;
      }
      if (websocket::is_upgrade(parser.get())) {
        co_await WebSocketSession(std::move(stream), parser.release(), remote_ip);
        co_return;
      }
      if (parser.get()[bhttp::field::expect] == "100-continue") {
        bhttp::response<bhttp::empty_body> go_on{bhttp::status::continue_, 11};
        co_await bhttp::async_write(stream, go_on, kNoThrow);
      }
      if (!parser.is_done()) {
        auto [body_ec, body_n] = co_await bhttp::async_read(stream, buffer, parser, kNoThrow);
        if (body_ec == bhttp::error::body_limit) {
          co_await Reject(stream, 413, "request body exceeds " + std::to_string(body_limit) + " bytes");
          break;
        }
        if (body_ec) break;
      }

      ++in_flight;
      BeastRequest req = parser.release();
      if (IsHealthProbe(req)) {
        BeastResponse res{bhttp::status::ok, req.version()};
        res.set(bhttp::field::content_type, "application/json");
        res.set(bhttp::field::cache_control, "no-store");
        res.body() = R"({"status":"ok"})";
        res.keep_alive(req.keep_alive() && !draining);
        res.prepare_payload();
        stream.expires_after(std::chrono::seconds(30));
        auto [probe_ec, probe_n] = co_await bhttp::async_write(stream, res, kNoThrow);
        --in_flight;
        if (probe_ec || !res.keep_alive()) break;
        continue;
      }
      const auto started = std::chrono::steady_clock::now();
      api::Request request = Convert(req, remote_ip);
      api::Response response = co_await Dispatch(request);
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      LogAccess(request, response, seconds, response.body.size());
      BeastResponse res = ToBeast(std::move(response), request, req.version(), req.keep_alive() && !draining);
      stream.expires_after(std::chrono::seconds(30));
      auto [write_ec, written] = co_await bhttp::async_write(stream, res, kNoThrow);
      --in_flight;
      if (write_ec || !res.keep_alive()) break;
    }
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  asio::awaitable<void> Listen() {
    while (true) {
      auto& home = *iocs[next_ioc++ % iocs.size()];
      auto [ec, socket] = co_await acceptor.async_accept(home.get_executor(), kNoThrow);
      if (ec) {
        if (!acceptor.is_open()) co_return;
        continue;  // e.g. too many open files: keep serving the connections we have
      }
      socket.set_option(tcp::no_delay(true), ec);
      asio::co_spawn(socket.get_executor(), Session(beast::tcp_stream(std::move(socket))), asio::detached);
    }
  }
};

Server::Server(ServerConfig config, api::App& app, store::Database& db)
    : impl_(std::make_unique<Impl>(std::move(config), app, db)) {}

Server::~Server() { Shutdown(); }

core::Status Server::Start() {
  auto& i = *impl_;
  beast::error_code ec;
  const auto address = asio::ip::make_address(i.config.host, ec);
  if (ec) return core::Error::Invalid("listen", "not an IP address: " + i.config.host);
  tcp::endpoint endpoint{address, i.config.port};
  i.acceptor.open(endpoint.protocol(), ec);
  if (!ec) i.acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) i.acceptor.bind(endpoint, ec);
  if (!ec) i.acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) return core::Error{core::ErrorCode::kUnavailable, "cannot listen on " + i.config.host + ":" +
                                                                std::to_string(i.config.port) + ": " + ec.message(), {}};
  asio::co_spawn(*i.iocs.front(), i.Listen(), asio::detached);
  for (auto& ioc : i.iocs) {
    // A context waits for connections even while it has none (run() would return at once).
    i.io_threads.emplace_back([&ioc] {
      auto busy = asio::make_work_guard(*ioc);
      ioc->run();
    });
  }
  i.fanout.Start();
  return core::Ok{};
}

unsigned short Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::RunUntilSignalled() {
  asio::io_context signals_ctx;
  asio::signal_set signals(signals_ctx, SIGINT, SIGTERM);
  signals.async_wait([](beast::error_code, int signal) { spdlog::info("signal {}: shutting down", signal); });
  signals_ctx.run();
  Shutdown();
}

void Server::Shutdown() {
  auto& i = *impl_;
  if (i.stopped.exchange(true)) return;
  i.draining = true;
  asio::post(*i.iocs.front(), [&i] {
    beast::error_code ignored;
    i.acceptor.close(ignored);
  });
  i.hub.CloseAll();
  const auto deadline = std::chrono::steady_clock::now() + i.config.shutdown_grace;
  while (i.in_flight > 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  if (i.in_flight > 0) spdlog::warn("shutdown: {} requests still running after the grace period", i.in_flight.load());
  i.fanout.Stop();
  for (auto& ioc : i.iocs) ioc->stop();
  for (auto& t : i.io_threads)
    if (t.joinable()) t.join();
  i.workers.join();
  if (i.access_log) i.access_log->flush();
  spdlog::info("server stopped");
}

}  // namespace salient::http
