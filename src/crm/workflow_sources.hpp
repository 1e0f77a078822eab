#pragma once
// What workflow rules may read and change of customers, quotes and orders: field names
// and types for conditions, values loaded with the related customer, and the customer
// fields a rule may set. Money fields are in major units (yuan), dates are days.
#include "workflow/record_source.hpp"

namespace salient::crm {

workflow::RecordSources WorkflowRecordSources();

}  // namespace salient::crm
