#pragma once
// The HTTP/1.1 + WebSocket server (Boost.Beast, coroutines). IO threads parse and write;
// anything that touches the database runs on a separate worker pool. Enforces header
// and body limits (431/413), a deadline for reading each request (a client trickling
// bytes is cut off), an idle keep-alive timeout, and drains gracefully on SIGTERM:
// in-flight requests finish, new connections are refused.
#include <chrono>
#include <memory>
#include <string>

#include "api/app.hpp"
#include "core/result.hpp"
#include "store/database.hpp"

namespace salient::http {

struct ServerConfig {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0: pick a free port (tests)
  int io_threads = 2;
  int worker_threads = 16;
  std::size_t header_limit = 16 * 1024;
  std::size_t body_limit = 1024 * 1024;
  std::size_t import_body_limit = 64 * 1024 * 1024;  // CSV uploads to /api/v1/imports/, message attachments
  std::chrono::milliseconds idle_timeout{60000};    // between requests on a keep-alive connection
  std::chrono::milliseconds request_timeout{10000};  // to read one whole request once it started
  std::chrono::seconds shutdown_grace{30};
  std::string web_root = "web/dist";
  bool access_log = true;
};

class Server {
 public:
  Server(ServerConfig config, api::App& app, store::Database& db);
  ~Server();

  // Binds and starts the IO threads; kUnavailable when the address cannot be bound.
  core::Status Start();
  unsigned short port() const;
  // Blocks until SIGTERM or SIGINT, then shuts down gracefully.
  void RunUntilSignalled();
  // Stops accepting, waits for in-flight requests (up to shutdown_grace), closes the rest.
  void Shutdown();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace salient::http
