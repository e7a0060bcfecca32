#pragma once
// Arabic is drawn with presentation forms (the shaped glyphs, U+FB50–U+FDFF, U+FE70–U+FEFF)
// because PoDoFo does no shaping. Viewers that copy from the glyphs' Unicode map rather than from
// /ActualText (pdf.js, for one) would then copy those forms instead of the letters typed: the
// maps of the dossier's own fonts are rewritten to give the letters (NFKC: "ﻣ" -> "م",
// "ﻻ" -> "لا").

#include <qpdf/QPDF.hh>

#include <string>

namespace reclama::pdf {

// The CMap text with every presentation form among its destinations replaced by its letters.
std::string MapPresentationFormsToLetters(const std::string& cmap);

// Applies it to the /ToUnicode map of every font used by the pages of `drawn` (call it before
// exhibit pages are added: their fonts are theirs, as they came).
void MapPresentationFormsToLetters(QPDF& drawn);

} // namespace reclama::pdf
