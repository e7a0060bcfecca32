// Translated names of the domain's enumerations.
#include "Labels.h"

#include <wx/intl.h>

namespace reclama::gui {

using namespace core;

wxString Label(Channel v) {
    switch (v) {
    case Channel::Phone: return _("Phone");
    case Channel::Email: return _("Email");
    case Channel::Chat: return _("Chat");
    case Channel::Letter: return _("Letter");
    case Channel::Visit: return _("Visit");
    case Channel::Web: return _("Web form");
    case Channel::Social: return _("Social media");
    case Channel::Sms: return _("SMS");
    case Channel::Other: return _("Other");
    }
    return {};
}

wxString Label(Direction v) {
    return v == Direction::Outgoing ? _("Outgoing") : _("Incoming");
}

wxString Label(PromiseStatus v) {
    switch (v) {
    case PromiseStatus::Pending: return _("Pending");
    case PromiseStatus::Kept: return _("Kept");
    case PromiseStatus::PartlyKept: return _("Partly kept");
    case PromiseStatus::Broken: return _("Broken");
    }
    return {};
}

wxString Label(PaymentKind v) {
    switch (v) {
    case PaymentKind::Payment: return _("Payment");
    case PaymentKind::Refund: return _("Refund");
    case PaymentKind::Compensation: return _("Compensation");
    }
    return {};
}

wxString Label(DocumentKind v) {
    switch (v) {
    case DocumentKind::Invoice: return _("Invoice");
    case DocumentKind::Contract: return _("Contract");
    case DocumentKind::Letter: return _("Letter");
    case DocumentKind::Email: return _("Email");
    case DocumentKind::Screenshot: return _("Screenshot");
    case DocumentKind::Photo: return _("Photo");
    case DocumentKind::Recording: return _("Recording");
    case DocumentKind::Transcript: return _("Transcript");
    case DocumentKind::Receipt: return _("Receipt");
    case DocumentKind::Statement: return _("Statement");
    case DocumentKind::Other: return _("Other");
    }
    return {};
}

wxString Label(CaseStatus v) {
    switch (v) {
    case CaseStatus::Open: return _("Open");
    case CaseStatus::Escalated: return _("Escalated");
    case CaseStatus::Resolved: return _("Resolved");
    case CaseStatus::Closed: return _("Closed");
    }
    return {};
}

wxString Label(EventKind v) {
    switch (v) {
    case EventKind::Contact: return _("Contact");
    case EventKind::PromiseDue: return _("Promise due");
    case EventKind::Invoice: return _("Invoice");
    case EventKind::Payment: return _("Payment");
    case EventKind::IncidentStart: return _("Incident starts");
    case EventKind::IncidentEnd: return _("Incident ends");
    case EventKind::Note: return _("Note");
    }
    return {};
}

const std::vector<Channel>& AllChannels() {
    static const std::vector<Channel> all{Channel::Phone,  Channel::Email, Channel::Chat,
                                          Channel::Letter, Channel::Visit, Channel::Web,
                                          Channel::Social, Channel::Sms,   Channel::Other};
    return all;
}

const std::vector<PromiseStatus>& AllPromiseStatuses() {
    static const std::vector<PromiseStatus> all{PromiseStatus::Pending, PromiseStatus::Kept,
                                                PromiseStatus::PartlyKept, PromiseStatus::Broken};
    return all;
}

const std::vector<PaymentKind>& AllPaymentKinds() {
    static const std::vector<PaymentKind> all{PaymentKind::Payment, PaymentKind::Refund,
                                              PaymentKind::Compensation};
    return all;
}

const std::vector<DocumentKind>& AllDocumentKinds() {
    static const std::vector<DocumentKind> all{
        DocumentKind::Invoice,    DocumentKind::Contract,   DocumentKind::Letter,
        DocumentKind::Email,      DocumentKind::Screenshot, DocumentKind::Photo,
        DocumentKind::Recording,  DocumentKind::Transcript, DocumentKind::Receipt,
        DocumentKind::Statement,  DocumentKind::Other};
    return all;
}

const std::vector<CaseStatus>& AllCaseStatuses() {
    static const std::vector<CaseStatus> all{CaseStatus::Open, CaseStatus::Escalated,
                                             CaseStatus::Resolved, CaseStatus::Closed};
    return all;
}

const std::vector<EventKind>& AllEventKinds() {
    static const std::vector<EventKind> all{EventKind::Contact,       EventKind::PromiseDue,
                                            EventKind::Invoice,       EventKind::Payment,
                                            EventKind::IncidentStart, EventKind::IncidentEnd,
                                            EventKind::Note};
    return all;
}

} // namespace reclama::gui
