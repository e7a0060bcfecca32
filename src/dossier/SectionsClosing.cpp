// The closing sections: what is asked for ("SOLICITO") and the declaration with the signature.

#include "Writer.h"

namespace reclama::dossier {

Section RemedySection(const Writer& w) {
    Section s{"remedy", w.t.Get("sections.remedy"), false, {}};
    s.blocks.push_back(BoldParagraph(w.t.Get("remedy_lead")));
    s.blocks.push_back(TextParagraph(w.c.remedy.empty() ? w.t.Get("none") : w.c.remedy));
    return s;
}

Section DeclarationSection(const Writer& w) {
    Section s{"declaration", w.t.Get("sections.declaration"), false, {}};
    s.blocks.push_back(TextParagraph(w.profile.In(w.profile.declaration, w.lang)));
    s.blocks.push_back(Spacer{18});
    std::string signer = w.c.claimant.representative.empty()
                             ? w.c.claimant.name
                             : w.t.Fill("signer_for", {{"representative", w.c.claimant.representative},
                                                       {"claimant", w.c.claimant.name}});
    s.blocks.push_back(SignatureBlock{w.t.Fill("place_date", {{"date", w.Day(w.options.today)}}), signer,
                                      w.t.Get("signature")});
    return s;
}

} // namespace reclama::dossier
