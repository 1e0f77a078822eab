#include "crm/contact_service.hpp"

#include <boost/json.hpp>

#include "auth/audit.hpp"
#include "auth/redact.hpp"
#include "core/json.hpp"
#include "core/text.hpp"
#include "crm/customer_service.hpp"

namespace salient::crm {

namespace json = boost::json;

namespace {

const char* kSelect = "SELECT id, customer_id, name, title, phone, email, is_primary, version FROM contacts";

Contact FromRow(const store::Row& r) {
  return {r.Int(0), r.Int(1), r.Str(2), r.OptStr(3), r.OptStr(4), r.OptStr(5), r.Bool(6), static_cast<int>(r.Int(7))};
}

core::Status Merge(const ContactInput& in, Contact& c) {
  if (in.name) c.name = core::Trim(*in.name);
  if (in.title) c.title = *in.title;
  if (in.phone) c.phone = *in.phone;
  if (in.email) c.email = *in.email;
  if (in.is_primary) c.is_primary = *in.is_primary;
  if (c.name.empty()) return core::Error::Validation("name", "must not be empty");
  if (c.email && !core::IsEmailAddress(*c.email)) return core::Error::Validation("email", "is not an email address");
  if (c.phone && !core::IsPhoneNumber(*c.phone)) return core::Error::Validation("phone", "is not a phone number");
  return core::Ok{};
}

// The contact, if its customer is visible to the actor.
std::optional<Contact> LoadVisible(store::Tx& tx, const auth::Actor& actor, core::Id id) {
  auto r = tx.QueryOne(std::string(kSelect) + " WHERE id = ?", {id});
  if (!r) return std::nullopt;
  Contact c = FromRow(*r);
  if (!LoadVisibleCustomer(tx, actor, c.customer_id)) return std::nullopt;
  return c;
}

void Save(store::Tx& tx, const Contact& c) {
  // One primary contact per customer.
  if (c.is_primary) tx.Exec("UPDATE contacts SET is_primary = 0 WHERE customer_id = ? AND id <> ?", {c.customer_id, c.id});
}

}  // namespace

json::value ContactToJson(const Contact& c, const auth::Actor& actor) {
  auto opt = [](const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(nullptr); };
  json::object o{{"id", core::IdValue(c.id)}, {"customer_id", core::IdValue(c.customer_id)},
                 {"name", c.name},            {"title", opt(c.title)},
                 {"phone", opt(c.phone)},     {"email", opt(c.email)},
                 {"is_primary", c.is_primary}, {"version", c.version}};
  auth::RedactHidden(actor, "contact", o);
  return o;
}

core::Result<std::vector<Contact>> ContactService::List(const auth::Actor& actor, core::Id customer_id) {
  if (auto s = actor.Require("customer", auth::Action::kRead); !s.ok()) return s.error();
  return db_.Read<std::vector<Contact>>([&](store::Tx& tx) -> core::Result<std::vector<Contact>> {
    if (!LoadVisibleCustomer(tx, actor, customer_id)) return core::Error::NotFound("customer");
    std::vector<Contact> out;
    for (const auto& r : tx.Query(std::string(kSelect) + " WHERE customer_id = ? ORDER BY is_primary DESC, name", {customer_id}))
      out.push_back(FromRow(r));
    return out;
  });
}

core::Result<Contact> ContactService::Create(const auth::Actor& actor, core::Id customer_id, const ContactInput& input) {
  if (auto s = actor.Require("customer", auth::Action::kUpdate); !s.ok()) return s.error();
  return db_.Write<Contact>([&](store::Tx& tx) -> core::Result<Contact> {
    if (!LoadVisibleCustomer(tx, actor, customer_id)) return core::Error::NotFound("customer");
    Contact c;
    c.id = tx.NewId();
    c.customer_id = customer_id;
    if (auto s = Merge(input, c); !s.ok()) return s.error();
    tx.Exec("INSERT INTO contacts (id, customer_id, name, title, phone, email, is_primary, version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            {c.id, customer_id, c.name, c.title, c.phone, c.email, c.is_primary ? 1 : 0, tx.Now(), tx.Now()});
    Save(tx, c);
    auth::RecordChange(tx, actor, {"contact", c.id, "create", nullptr, ContactToJson(c, auth::Actor::System())});
    return c;
  });
}

core::Result<Contact> ContactService::Update(const auth::Actor& actor, core::Id id, const ContactInput& patch) {
  if (auto s = actor.Require("customer", auth::Action::kUpdate); !s.ok()) return s.error();
  return db_.Write<Contact>([&](store::Tx& tx) -> core::Result<Contact> {
    auto before = LoadVisible(tx, actor, id);
    if (!before) return core::Error::NotFound("contact");
    if (before->version != patch.version)
      return core::Error::Stale("contact", before->version);
    Contact after = *before;
    if (auto s = Merge(patch, after); !s.ok()) return s.error();
    tx.Exec("UPDATE contacts SET name = ?, title = ?, phone = ?, email = ?, is_primary = ?, version = version + 1, "
            "updated_at = ? WHERE id = ? AND version = ?",
            {after.name, after.title, after.phone, after.email, after.is_primary ? 1 : 0, tx.Now(), id, before->version});
    after.version = before->version + 1;
    Save(tx, after);
    auth::RecordChange(tx, actor, {"contact", id, "update", ContactToJson(*before, auth::Actor::System()),
                                   ContactToJson(after, auth::Actor::System())});
    return after;
  });
}

core::Status ContactService::Delete(const auth::Actor& actor, core::Id id) {
  if (auto s = actor.Require("customer", auth::Action::kUpdate); !s.ok()) return s.error();
  return db_.Transact(store::TxMode::kWrite, [&](store::Tx& tx) -> core::Status {
    auto before = LoadVisible(tx, actor, id);
    if (!before) return core::Error::NotFound("contact");
    tx.Exec("DELETE FROM contacts WHERE id = ?", {id});
    auth::RecordChange(tx, actor, {"contact", id, "delete", ContactToJson(*before, auth::Actor::System()), nullptr});
    return core::Ok{};
  });
}

}  // namespace salient::crm
