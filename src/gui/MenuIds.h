#pragma once
// Command ids of the main window's menus (the stock ids cover Undo, Quit and About).

#include <wx/defs.h>

namespace reclama::gui {

enum MenuId : int {
    kIdNewCase = wxID_HIGHEST + 1,
    kIdNewLibrary,
    kIdOpenLibrary,
    kIdImport,
    kIdExportCaseFile,
    kIdExportPdf,
    kIdBackup,
    kIdRestore,
    kIdCheck,
    kIdEditRecord,
    kIdHistory,
    kIdDeleteRecord,
    kIdFindCase,
    kIdLogCall,
    kIdLogEmail,
    kIdLogChat,
    kIdLogVisit,
    kIdLogLetter,
    kIdAddInvoice,
    kIdAddPayment,
    kIdAddNote,
    kIdAttach,
    kIdPaneTimeline,
    kIdPanePromises,
    kIdPaneMoney,
    kIdPaneDocuments,
    kIdPaneDetails,
    kIdNextCall,
    kIdLanguageEs,
    kIdLanguageEn,
};

} // namespace reclama::gui
