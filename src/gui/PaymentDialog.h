#pragma once
// Quick entry (and editing) of a payment, refund or compensation.

#include "core/Model.h"

#include <wx/dialog.h>

#include <boost/date_time/posix_time/ptime.hpp>

class wxChoice;
class wxTextCtrl;

namespace reclama::gui {

class PaymentDialog : public wxDialog {
public:
    PaymentDialog(wxWindow* parent, const core::Case& c, const core::Payment* existing,
                  boost::posix_time::ptime utcNow);
    const core::Payment& Result() const { return m_result; }
    wxTextCtrl* AmountCtrl() const { return m_amount; }
    wxChoice* KindCtrl() const { return m_kind; }
    void ReadForm(); // throws InputError naming the field

private:
    const core::Case& m_case;
    core::Payment m_result;
    wxTextCtrl* m_when = nullptr;
    wxChoice* m_kind = nullptr;
    wxTextCtrl* m_amount = nullptr;
    wxTextCtrl* m_reference = nullptr;
};

} // namespace reclama::gui
