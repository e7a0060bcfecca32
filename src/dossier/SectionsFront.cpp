// The opening sections: cover, parties and the summary of the claim.

#include "Writer.h"

namespace reclama::dossier {

Section CoverSection(const Writer& w) {
    Section s{"cover", "", true, {}};
    s.blocks.push_back(Spacer{110});
    s.blocks.push_back(TextParagraph(w.t.Get("cover_title"), ParagraphStyle::CoverTitle, Align::Center));
    s.blocks.push_back(Spacer{10});
    s.blocks.push_back(TextParagraph(w.c.title, ParagraphStyle::CoverSubtitle, Align::Center));
    s.blocks.push_back(Spacer{24});
    s.blocks.push_back(TextParagraph(w.c.claimant.name, ParagraphStyle::Body, Align::Center));
    s.blocks.push_back(TextParagraph(w.t.Get("cover_against"), ParagraphStyle::Small, Align::Center));
    s.blocks.push_back(TextParagraph(w.c.company.name, ParagraphStyle::Body, Align::Center));
    s.blocks.push_back(Spacer{48});
    KeyValueList kv;
    kv.items.emplace_back(w.t.Get("cover_to"), w.profile.In(w.profile.recipient, w.lang));
    kv.items.emplace_back(w.t.Get("cover_date"), w.Day(w.options.today));
    kv.items.emplace_back(w.t.Get("cover_claimant"), w.c.claimant.name);
    kv.items.emplace_back(w.t.Get("cover_company"), w.c.company.name);
    if (!w.c.company.customerNumber.empty()) {
        kv.items.emplace_back(w.t.Get("customer_number"), w.c.company.customerNumber);
    }
    for (const auto& r : w.c.references) {
        if (r.value != w.c.company.customerNumber) kv.items.emplace_back(r.label, r.value);
    }
    s.blocks.push_back(kv);
    return s;
}

Section PartiesSection(const Writer& w) {
    Section s{"parties", w.t.Get("sections.parties"), true, {}};
    auto add = [](KeyValueList& kv, const std::string& label, const std::string& value) {
        if (!value.empty()) kv.items.emplace_back(label, value);
    };
    KeyValueList claimant;
    add(claimant, w.t.Get("name"), w.c.claimant.name);
    add(claimant, w.t.Get("id_number"), w.c.claimant.idNumber);
    add(claimant, w.t.Get("address"), w.c.claimant.address);
    add(claimant, w.t.Get("email"), w.c.claimant.email);
    add(claimant, w.t.Get("phone"), w.c.claimant.phone);
    add(claimant, w.t.Get("representative"), w.c.claimant.representative);
    KeyValueList company;
    add(company, w.t.Get("name"), w.c.company.name);
    add(company, w.t.Get("tax_id"), w.c.company.taxId);
    add(company, w.t.Get("address"), w.c.company.address);
    add(company, w.t.Get("customer_number"), w.c.company.customerNumber);
    for (const auto& r : w.c.references) {
        if (r.value != w.c.company.customerNumber) add(company, r.label, r.value);
    }
    s.blocks.push_back(BoldParagraph(w.t.Get("claimant")));
    s.blocks.push_back(claimant);
    s.blocks.push_back(Spacer{10});
    s.blocks.push_back(BoldParagraph(w.t.Get("company")));
    s.blocks.push_back(company);
    return s;
}

Section SummarySection(const Writer& w) {
    Section s{"summary", w.t.Get("sections.summary"), false, {}};
    s.blocks.push_back(TextParagraph(w.c.summary.empty() ? w.t.Get("none") : w.c.summary));
    return s;
}

} // namespace reclama::dossier
