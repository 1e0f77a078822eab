// The only code that talks to the PostgreSQL backend of SOCI.
#include <soci/postgresql/soci-postgresql.h>

#include <boost/url/parse.hpp>

#include <cstring>

#include "store/internal/connection.hpp"

namespace salient::store {

namespace {

// SOCI mangles URI connection strings, so a postgresql:// URL is turned into libpq's
// key=value form (values quoted, so spaces and quotes in passwords survive).
std::string ToConninfo(const std::string& url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) throw std::runtime_error("invalid PostgreSQL URL");
  auto quote = [](std::string value) {
    std::string out = "'";
    for (char c : value) {
      if (c == '\\' || c == '\'') out += '\\';
      out += c;
    }
    return out + "'";
  };
  std::string info;
  auto add = [&](const char* key, std::string value) {
    if (!value.empty()) info += std::string(info.empty() ? "" : " ") + key + "=" + quote(std::move(value));
  };
  add("host", std::string(parsed->encoded_host().decode()));
  add("port", std::string(parsed->port()));
  add("user", std::string(parsed->encoded_user().decode()));
  add("password", std::string(parsed->encoded_password().decode()));
  std::string path = std::string(parsed->encoded_path().decode());
  if (!path.empty() && path.front() == '/') path.erase(0, 1);
  add("dbname", path);
  for (auto param : parsed->params()) add(std::string(param.key).c_str(), std::string(param.value));
  return info;
}

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(std::string url) : Connection(Dialect::kPostgres), url_(std::move(url)) {
    session.open(*soci::factory_postgresql(), ToConninfo(url_));
  }

  core::Error Translate(const std::exception& e, bool& retryable) const override {
    retryable = false;
    if (auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
      const std::string state = pg->sqlstate();
      if (state == "40001" || state == "40P01") {
        retryable = true;
        return {core::ErrorCode::kConflict, "concurrent update, try again", {}};
      }
      if (state.rfind("23", 0) == 0)
        return {core::ErrorCode::kConflict, std::string("constraint violated: ") + e.what(), {}};
      if (state.rfind("08", 0) == 0 || state == "57P01" || state == "57P02" || state == "57P03")
        return {core::ErrorCode::kUnavailable, "database connection lost", {}};
    }
    // SOCI reports a dead connection without an SQLSTATE.
    if (std::strstr(e.what(), "connection") != nullptr || std::strstr(e.what(), "server closed") != nullptr)
      return {core::ErrorCode::kUnavailable, e.what(), {}};
    return {core::ErrorCode::kInternal, e.what(), {}};
  }

  void Reconnect() override {
    session.close();
    session.open(*soci::factory_postgresql(), ToConninfo(url_));
    broken = false;
  }

 private:
  std::string url_;
};

}  // namespace

std::unique_ptr<Connection> OpenPostgresConnection(const std::string& url) {
  return std::make_unique<PostgresConnection>(url);
}

}  // namespace salient::store
