#pragma once
// Field-level hiding: removes from a record's JSON the fields the actor's role may not
// see (e.g. a product's cost_price for sales reps). Every *ToJson of a scoped object
// calls this, so no endpoint can leak a hidden field.
#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "auth/actor.hpp"

namespace salient::auth {

void RedactHidden(const Actor& actor, std::string_view object, boost::json::object& record);
// The fields of `object` the actor's role may not see (nullptr: none), for record writers
// (core::RecordFields) that leave them out as they write.
const std::vector<std::string>* HiddenFields(const Actor& actor, std::string_view object);

}  // namespace salient::auth
