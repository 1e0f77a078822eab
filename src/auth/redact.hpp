#pragma once
// Field-level hiding: removes from a record's JSON the fields the actor's role may not
// see (e.g. a product's cost_price for sales reps). Every *ToJson of a scoped object
// calls this, so no endpoint can leak a hidden field.
#include <boost/json/object.hpp>
#include <string_view>

#include "auth/actor.hpp"

namespace salient::auth {

void RedactHidden(const Actor& actor, std::string_view object, boost::json::object& record);

}  // namespace salient::auth
