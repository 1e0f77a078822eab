#pragma once
// Saved list views: a user's named filters, sort and columns for a list page, one of
// which may be their default. Private to the user who saved them.
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "store/database.hpp"

namespace salient::meta {

struct SavedView {
  core::Id id = 0;
  std::string object;  // customer, order, opportunity, visit, quote, product
  std::string name;
  boost::json::value query;  // {"q": "...", "status": "...", "sort": "-total", "columns": [...]}
  bool is_default = false;
  int version = 1;
};

boost::json::value SavedViewToJson(const SavedView& view);

struct SavedViewInput {
  std::optional<std::string> object, name;
  const boost::json::value* query = nullptr;
  std::optional<bool> is_default;
  int version = 0;
};

class SavedViewService {
 public:
  explicit SavedViewService(store::Database& db) : db_(db) {}
  core::Result<std::vector<SavedView>> List(const auth::Actor& actor, const std::string& object);
  core::Result<SavedView> Create(const auth::Actor& actor, const SavedViewInput& input);
  core::Result<SavedView> Update(const auth::Actor& actor, core::Id id, const SavedViewInput& patch);
  core::Status Delete(const auth::Actor& actor, core::Id id);

 private:
  store::Database& db_;
};

}  // namespace salient::meta
