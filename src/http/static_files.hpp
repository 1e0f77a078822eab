#pragma once
// Serves the built web UI (web/dist) with an SPA fallback: unknown paths without a file
// extension get index.html so client-side routes survive a reload. Hashed assets are
// cached for a year; index.html is revalidated every time.
#include <filesystem>
#include <optional>
#include <string>

#include "api/message.hpp"

namespace salient::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}

  // nullopt when nothing matches (the caller answers 404).
  std::optional<api::Response> Serve(const std::string& path, const std::string& if_none_match) const;

 private:
  std::optional<api::Response> File(const std::filesystem::path& file, bool immutable,
                                    const std::string& if_none_match) const;
  std::filesystem::path root_;
};

}  // namespace salient::http
