#pragma once
// The words a person sees for the domain's enumerations (channel, status, kind...), translated.

#include "core/Model.h"
#include "core/Timeline.h"

#include <wx/string.h>

namespace reclama::gui {

wxString Label(core::Channel v);
wxString Label(core::Direction v);
wxString Label(core::PromiseStatus v);
wxString Label(core::PaymentKind v);
wxString Label(core::DocumentKind v);
wxString Label(core::CaseStatus v);
wxString Label(core::EventKind v);

// Every value of an enumeration, in the order menus and choices show them.
const std::vector<core::Channel>& AllChannels();
const std::vector<core::PromiseStatus>& AllPromiseStatuses();
const std::vector<core::PaymentKind>& AllPaymentKinds();
const std::vector<core::DocumentKind>& AllDocumentKinds();
const std::vector<core::CaseStatus>& AllCaseStatuses();
const std::vector<core::EventKind>& AllEventKinds();

} // namespace reclama::gui
