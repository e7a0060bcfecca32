#pragma once
// The export dialog's words for things to fix before sending a dossier (jobs::PreflightItem)
// and for the dossier's sections, in the interface language.

#include "jobs/ExportJob.h"

#include <wx/string.h>

#include <string>

namespace reclama::gui {

// One sentence naming what is missing, quoting the record's own text in full.
wxString DescribePreflight(const jobs::PreflightItem& item);

// "Chronology" for "chronology"; a key the app does not know yet is shown as it is.
wxString SectionLabel(const std::string& key);

} // namespace reclama::gui
