#include "http/static_files.hpp"

#include <fstream>
#include <map>
#include <sstream>

#include "core/text.hpp"

namespace salient::http {

namespace {

std::string ContentType(const std::filesystem::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".jpg", "image/jpeg"},                {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},              {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"}, {".map", "application/json"},
      {".webp", "image/webp"}};
  auto it = types.find(file.extension().string());
  return it == types.end() ? "application/octet-stream" : it->second;
}

}  // namespace

std::optional<api::Response> StaticFiles::File(const std::filesystem::path& file, bool immutable,
                                               const std::string& if_none_match) const {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) return std::nullopt;
  const auto mtime = std::filesystem::last_write_time(file, ec).time_since_epoch().count();
  const std::string etag = "\"" + std::to_string(size) + "-" + std::to_string(mtime) + "\"";
  api::Response r;
  r.route = "static";
  r.content_type = ContentType(file);
  r.headers.emplace_back("ETag", etag);
  r.headers.emplace_back("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (if_none_match == etag) {
    r.status = 304;
    r.content_type.clear();
    return r;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream content;
  content << in.rdbuf();
  r.body = content.str();
  return r;
}

std::optional<api::Response> StaticFiles::Serve(const std::string& path, const std::string& if_none_match) const {
  // Refuse anything that could climb out of the web root.
  for (const std::string& segment : core::Split(path, '/'))
    if (segment == ".." || segment == "." || segment.find('\\') != std::string::npos) return std::nullopt;
  const std::string relative = path.size() > 1 ? path.substr(1) : "index.html";
  const std::filesystem::path file = root_ / relative;
  std::error_code ec;
  if (std::filesystem::is_regular_file(file, ec))
    return File(file, core::StartsWith(relative, "assets/"), if_none_match);
  // Client-side route: no extension in the last segment.
  if (std::filesystem::path(relative).extension().empty()) return File(root_ / "index.html", false, if_none_match);
  return std::nullopt;
}

}  // namespace salient::http
