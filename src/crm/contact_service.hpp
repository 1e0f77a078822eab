#pragma once
// Contacts belong to a customer and share its record scope: whoever may see the
// customer may see its contacts; contact phone and email follow the `contact` hidden
// fields of the role.
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.hpp"
#include "store/database.hpp"

namespace salient::crm {

struct Contact {
  core::Id id = 0;
  core::Id customer_id = 0;
  std::string name;
  std::optional<std::string> title, phone, email;
  bool is_primary = false;
  int version = 1;
};

struct ContactInput {
  std::optional<std::string> name;
  std::optional<std::optional<std::string>> title, phone, email;
  std::optional<bool> is_primary;
  int version = 0;
};

boost::json::value ContactToJson(const Contact& contact, const auth::Actor& actor);

class ContactService {
 public:
  explicit ContactService(store::Database& db) : db_(db) {}
  core::Result<std::vector<Contact>> List(const auth::Actor& actor, core::Id customer_id);
  core::Result<Contact> Create(const auth::Actor& actor, core::Id customer_id, const ContactInput& input);
  core::Result<Contact> Update(const auth::Actor& actor, core::Id id, const ContactInput& patch);
  core::Status Delete(const auth::Actor& actor, core::Id id);

 private:
  store::Database& db_;
};

}  // namespace salient::crm
