#pragma once
// Cases built in code for the GUI tests and the benchmark: one small, realistic Spanish case and
// large generated ones.

#include "core/Model.h"

namespace reclama::gui::test {

// An ADSL dispute in Madrid: four contacts, three promises (kept, broken, overdue), two invoices
// (one disputed), a refund, two documents. "Today" for it is 2026-02-20.
core::Case SmallCase();
core::Date SmallCaseToday();

// A case with `events` contacts spread over years, agents and channels, every tenth with a promise.
core::Case GeneratedCase(int events, core::RecordId firstId = 1);

} // namespace reclama::gui::test
