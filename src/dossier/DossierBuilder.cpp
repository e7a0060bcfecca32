#include "DossierBuilder.h"

#include "Templates.h"
#include "Texts.h"
#include "core/Error.h"
#include "core/Format.h"
#include "core/Ledger.h"
#include "core/Timeline.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <unicode/unistr.h>

namespace reclama::dossier {
namespace {

using core::RecordId;

std::string Replace(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

std::string AlphaNumber(int n) {
    std::string s;
    for (; n > 0; n = (n - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    return s;
}

std::string Initials(const std::string& name) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(name);
    icu::UnicodeString initials;
    bool start = true;
    for (int32_t i = 0; i < u.length(); ++i) {
        UChar c = u[i];
        if (c == ' ' || c == '-') {
            start = true;
        } else if (start) {
            initials.append(c);
            start = false;
        }
    }
    std::string out;
    initials.toUpper().toUTF8String(out);
    return out.empty() ? "X" : out;
}

std::string Label(const std::string& pattern, const core::Case& c, ExhibitNumbering numbering, int n) {
    std::string number = numbering == ExhibitNumbering::Alpha ? AlphaNumber(n) : std::to_string(n);
    return Replace(Replace(pattern, "{n}", number), "{initials}", Initials(c.claimant.name));
}

Paragraph Text(const std::string& text, ParagraphStyle style = ParagraphStyle::Body,
               Align align = Align::Left) {
    return Paragraph{{TextRun{text}}, style, align, ""};
}

// Everything that needs the case, its language and formats while writing the sections.
struct Writer {
    const core::Case& c;
    const Profile& profile;
    const Texts& t;
    const BuildOptions& options;
    core::FormatLocale locale;
    std::map<RecordId, int> exhibitNumber; // document id -> exhibit number
    std::string lang;

    std::string Money(const core::Money& m) const { return core::FormatMoney(m, locale); }
    std::string When(const core::EventTime& at) const { return core::FormatEventTime(at, locale); }
    std::string Day(const core::Date& d) const { return core::FormatDate(d, locale); }
    std::string LabelOf(RecordId doc) const {
        auto it = exhibitNumber.find(doc);
        return it == exhibitNumber.end() ? "" : ExhibitStampPrefix(profile, lang, c, it->second);
    }
    std::string Cites(const std::vector<core::DocumentLink>& links) const {
        std::string out;
        for (const auto& l : links) {
            std::string label = LabelOf(l.document);
            if (label.empty()) continue;
            std::string one = l.page ? t.Fill("exhibit_ref_page", {{"label", label}, {"page", std::to_string(*l.page)}})
                                     : t.Fill("exhibit_ref", {{"label", label}});
            out += (out.empty() ? "" : "; ") + one;
        }
        return out;
    }
    std::string Channel(core::Channel ch) const { return t.Get("channels." + std::string(core::ToString(ch))); }
    std::string PromiseStatus(core::PromiseStatus s) const {
        return t.Get("promise_status." + std::string(core::ToString(s)));
    }
    std::string Agent(const core::Contact& k) const {
        return k.agent + (k.agentId.empty() ? "" : " (" + k.agentId + ")");
    }
    std::vector<const core::Promise*> PromisesOf(RecordId contact) const {
        std::vector<const core::Promise*> out;
        for (const auto& p : c.promises)
            if (p.contact && *p.contact == contact) out.push_back(&p);
        return out;
    }
    const core::Contact* AnswerTo(RecordId complaint) const {
        for (const auto& k : c.contacts)
            if (k.replyTo && *k.replyTo == complaint) return &k;
        return nullptr;
    }
};

Section Cover(const Writer& w) {
    Section s{"cover", "", true, {}};
    s.blocks.push_back(Spacer{110});
    s.blocks.push_back(Text(w.t.Get("cover_title"), ParagraphStyle::CoverTitle, Align::Center));
    s.blocks.push_back(Spacer{10});
    s.blocks.push_back(Text(w.c.title, ParagraphStyle::CoverSubtitle, Align::Center));
    s.blocks.push_back(Spacer{24});
    s.blocks.push_back(Text(w.c.claimant.name, ParagraphStyle::Body, Align::Center));
    s.blocks.push_back(Text(w.t.Get("cover_against"), ParagraphStyle::Small, Align::Center));
    s.blocks.push_back(Text(w.c.company.name, ParagraphStyle::Body, Align::Center));
    s.blocks.push_back(Spacer{48});
    KeyValueList kv;
    kv.items.emplace_back(w.t.Get("cover_to"), w.profile.In(w.profile.recipient, w.lang));
    kv.items.emplace_back(w.t.Get("cover_date"), w.Day(w.options.today));
    kv.items.emplace_back(w.t.Get("cover_claimant"), w.c.claimant.name);
    kv.items.emplace_back(w.t.Get("cover_company"), w.c.company.name);
    for (const auto& r : w.c.references) kv.items.emplace_back(r.label, r.value);
    s.blocks.push_back(kv);
    return s;
}

Section Parties(const Writer& w) {
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
    for (const auto& r : w.c.references) add(company, r.label, r.value);
    s.blocks.push_back(Paragraph{{TextRun{w.t.Get("claimant"), true}}, ParagraphStyle::Body, Align::Left, ""});
    s.blocks.push_back(claimant);
    s.blocks.push_back(Spacer{10});
    s.blocks.push_back(Paragraph{{TextRun{w.t.Get("company"), true}}, ParagraphStyle::Body, Align::Left, ""});
    s.blocks.push_back(company);
    return s;
}

Section Summary(const Writer& w) {
    Section s{"summary", w.t.Get("sections.summary"), false, {}};
    s.blocks.push_back(Text(w.c.summary.empty() ? w.t.Get("none") : w.c.summary));
    return s;
}

std::string ContactFact(const Writer& w, const core::Contact& k) {
    std::map<std::string, std::string> v{{"when", w.When(k.at)},
                                         {"company", w.c.company.name},
                                         {"channel", w.Channel(k.channel)},
                                         {"agent", k.agent},
                                         {"department", k.department},
                                         {"reference", k.reference},
                                         {"summary", k.summary}};
    if (k.waitMin && *k.waitMin > 0) v["wait"] = std::to_string(*k.waitMin);
    std::string text = w.t.Fill(k.direction == core::Direction::Outgoing ? "fact_contact_outgoing"
                                                                         : "fact_contact_incoming", v);
    if (!k.quote.empty()) text += " " + w.t.Fill("fact_quote", {{"quote", k.quote}});
    for (const auto* p : w.PromisesOf(k.id)) {
        text += " " + w.t.Fill("fact_promise", {{"text", p->text},
                                                {"due", p->due ? w.Day(*p->due) : ""},
                                                {"status", w.PromiseStatus(p->status)}});
    }
    if (k.complaint) text += " " + w.t.Get("fact_complaint");
    return text;
}

Section Facts(const Writer& w) {
    Section s{"facts", w.t.Get("sections.facts"), true, {}};
    s.blocks.push_back(Text(w.t.Get("facts_intro")));
    int n = 0;
    for (const auto& e : core::BuildTimeline(w.c)) {
        std::string text, cites;
        switch (e.kind) {
        case core::EventKind::Contact: {
            const auto& k = w.c.contacts[e.index];
            text = ContactFact(w, k);
            cites = w.Cites(k.documents);
            break;
        }
        case core::EventKind::Invoice: {
            const auto& i = w.c.invoices[e.index];
            text = w.t.Fill("fact_invoice", {{"when", w.Day(i.issued)},
                                             {"company", w.c.company.name},
                                             {"number", i.number},
                                             {"billed", w.Money(i.billed)},
                                             {"dispute", i.correct == i.billed ? "" : "1"},
                                             {"correct", w.Money(i.correct)},
                                             {"paid", i.paid.minor ? w.Money(i.paid) : ""}});
            cites = w.Cites(i.documents);
            break;
        }
        case core::EventKind::Payment: {
            const auto& m = w.c.payments[e.index];
            if (m.kind == core::PaymentKind::Payment) continue; // shown in the financial summary
            text = w.t.Fill("fact_payment", {{"when", w.When(m.at)},
                                             {"kind", w.t.Get("payment_kinds." + std::string(core::ToString(m.kind)))},
                                             {"amount", w.Money(m.amount)},
                                             {"reference", m.reference}});
            cites = w.Cites(m.documents);
            break;
        }
        case core::EventKind::IncidentStart: {
            const auto& o = w.c.incidents[e.index];
            text = w.t.Fill("fact_incident", {{"from", w.When(o.from)},
                                              {"to", o.to ? w.When(*o.to) : ""},
                                              {"description", o.description}});
            break;
        }
        default: continue; // promises appear with their contact; notes are the claimant's own
        }
        if (!cites.empty()) text += " (" + cites + ")";
        Paragraph p = Text(text);
        p.leadIn = w.t.OrdinalLeadIn(++n);
        s.blocks.push_back(p);
    }
    return s;
}

Section Chronology(const Writer& w) {
    Section s{"chronology", w.t.Get("sections.chronology"), true, {}};
    auto titles = w.t.List("chronology_columns");
    Table table;
    table.compact = true;
    // Eight columns fit a portrait page: direction goes under the channel, the company's
    // reference under the agent, the promise's status after the promise.
    const double weights[] = {0.4, 1.5, 1.0, 1.25, 2.75, 1.6, 1.05, 0.75};
    for (std::size_t i = 0; i < titles.size() && i < 8; ++i) {
        table.columns.push_back({titles[i], weights[i], (i == 0 || i == 6) ? Align::Right : Align::Left});
    }
    int n = 0;
    for (const auto& e : core::BuildTimeline(w.c)) {
        TableRow row;
        std::string when = w.When(e.at), channel, direction, agent, reference, description, promise,
                    amount, exhibits, status;
        switch (e.kind) {
        case core::EventKind::Contact: {
            const auto& k = w.c.contacts[e.index];
            channel = w.Channel(k.channel);
            direction = w.t.Get("directions." + std::string(core::ToString(k.direction)));
            agent = w.Agent(k);
            reference = k.reference;
            description = k.summary;
            if (!k.quote.empty()) description += " «" + k.quote + "»";
            for (const auto* p : w.PromisesOf(k.id)) {
                promise += (promise.empty() ? "" : "; ") + p->text;
                auto state = core::EvaluatePromise(*p, w.options.today);
                status = w.PromiseStatus(p->status);
                row.alert = row.alert || p->status == core::PromiseStatus::Broken || state.overdue;
            }
            if (k.complaint) status = w.t.Get("status_complaint") + (status.empty() ? "" : "; " + status);
            if (k.replyTo) status = w.t.Get("status_answer") + (status.empty() ? "" : "; " + status);
            exhibits = w.Cites(k.documents);
            break;
        }
        case core::EventKind::PromiseDue: {
            const auto& p = w.c.promises[e.index];
            agent = p.by;
            promise = p.text;
            status = w.PromiseStatus(p.status);
            auto state = core::EvaluatePromise(p, w.options.today);
            row.alert = p.status == core::PromiseStatus::Broken || state.overdue;
            break;
        }
        case core::EventKind::Invoice: {
            const auto& i = w.c.invoices[e.index];
            reference = i.number;
            description = w.t.Fill("fact_invoice", {{"when", w.Day(i.issued)},
                                                    {"company", w.c.company.name},
                                                    {"number", i.number},
                                                    {"billed", w.Money(i.billed)},
                                                    {"dispute", i.correct == i.billed ? "" : "1"},
                                                    {"correct", w.Money(i.correct)}});
            amount = w.Money(i.billed);
            exhibits = w.Cites(i.documents);
            break;
        }
        case core::EventKind::Payment: {
            const auto& m = w.c.payments[e.index];
            description = w.t.Get("payment_kinds." + std::string(core::ToString(m.kind))) +
                          (m.reference.empty() ? "" : " · " + m.reference);
            amount = w.Money(m.amount);
            exhibits = w.Cites(m.documents);
            break;
        }
        case core::EventKind::IncidentStart:
        case core::EventKind::IncidentEnd: {
            const auto& o = w.c.incidents[e.index];
            description = (e.kind == core::EventKind::IncidentStart ? "▶ " : "■ ") + o.description;
            break;
        }
        case core::EventKind::Note: {
            description = w.c.notes[e.index].text;
            break;
        }
        }
        auto below = [](const std::string& a, const std::string& b) {
            return a.empty() ? b : b.empty() ? a : a + "\n" + b;
        };
        std::string promiseCell = promise.empty() ? status : promise + (status.empty() ? "" : " (" + status + ")");
        row.cells = {std::to_string(++n), when, below(channel, direction), below(agent, reference),
                     description, promiseCell, amount, exhibits};
        table.rows.push_back(std::move(row));
    }
    s.blocks.push_back(table);
    return s;
}

Section BrokenPromises(const Writer& w) {
    Section s{"promises", w.t.Get("sections.promises"), true, {}};
    auto titles = w.t.List("promises_columns");
    Table table;
    const double weights[] = {1.2, 1.1, 2.8, 0.9, 0.8, 0.9};
    for (std::size_t i = 0; i < titles.size(); ++i) {
        table.columns.push_back({titles[i], weights[i], i == 4 ? Align::Right : Align::Left});
    }
    for (const auto& p : w.c.promises) {
        auto state = core::EvaluatePromise(p, w.options.today);
        if (p.status != core::PromiseStatus::Broken && !state.overdue) continue;
        std::string when;
        if (p.contact) {
            if (const auto* k = w.c.FindContact(*p.contact)) when = w.When(k->at);
        }
        TableRow row{{p.by, when, p.text, p.due ? w.Day(*p.due) : "",
                      state.daysLate ? std::to_string(*state.daysLate) : "", w.PromiseStatus(p.status)},
                     false, true};
        table.rows.push_back(row);
    }
    if (table.rows.empty()) s.blocks.push_back(Text(w.t.Get("none")));
    else s.blocks.push_back(table);
    return s;
}

Section MoneySection(const Writer& w) {
    Section s{"money", w.t.Get("sections.money"), true, {}};
    auto summary = core::SummarizeMoney(w.c);
    auto titles = w.t.List("money_columns");
    Table table;
    const double weights[] = {1.4, 1.0, 1.0, 1.2, 1.0, 1.0};
    for (std::size_t i = 0; i < titles.size(); ++i) {
        table.columns.push_back({titles[i], weights[i], i >= 2 ? Align::Right : Align::Left});
    }
    for (const auto& line : summary.invoices) {
        const auto& i = *line.invoice;
        table.rows.push_back({{i.number, w.Day(i.issued), w.Money(i.billed), w.Money(i.correct),
                               w.Money(line.difference), w.Money(i.paid)},
                              false, false});
    }
    table.rows.push_back({{w.t.Get("money_total_row"), "", w.Money(summary.billed), w.Money(summary.correct),
                           w.Money(summary.wronglyBilled), w.Money(summary.paid)},
                          true, false});
    s.blocks.push_back(table);
    s.blocks.push_back(Spacer{8});
    Table totals;
    totals.columns = {{"", 3.0, Align::Left}, {"", 1.2, Align::Right}};
    auto add = [&](const std::string& key, const core::Money& m, bool bold = false) {
        totals.rows.push_back({{w.t.Get(key), w.Money(m)}, bold, false});
    };
    add("money_wrongly_billed", summary.wronglyBilled);
    add("money_wrongly_paid", summary.wronglyPaid);
    add("money_refunds", summary.refunds);
    add("money_compensation", summary.compensation);
    add("money_still_to_refund", summary.stillToRefund);
    add("money_still_to_cancel", summary.stillToCancel);
    add("money_total", summary.totalClaimed, true);
    s.blocks.push_back(totals);
    return s;
}

Section Complaints(const Writer& w) {
    Section s{"complaints", w.t.Get("sections.complaints"), false, {}};
    auto titles = w.t.List("complaints_columns");
    Table table;
    const double weights[] = {2.4, 1.1, 1.0, 2.4, 1.0};
    for (std::size_t i = 0; i < titles.size(); ++i) {
        table.columns.push_back({titles[i], weights[i], i == 4 ? Align::Right : Align::Left});
    }
    for (const auto& k : w.c.contacts) {
        if (!k.complaint) continue;
        const core::Contact* answer = w.AnswerTo(k.id);
        core::Date until = answer ? answer->at.LocalDate() : w.options.today;
        long days = (until - k.at.LocalDate()).days();
        std::string answerText = answer ? w.When(answer->at) + " · " + answer->summary
                                        : w.t.Get("complaints_none");
        std::string elapsed = answer ? std::to_string(days)
                                     : w.t.Fill("complaints_waiting", {{"days", std::to_string(days)}});
        table.rows.push_back({{k.summary, w.When(k.at), k.reference, answerText, elapsed}, false, !answer});
    }
    if (table.rows.empty()) s.blocks.push_back(Text(w.t.Get("none")));
    else s.blocks.push_back(table);
    return s;
}

Section Deadlines(const Writer& w) {
    Section s{"deadlines", w.t.Get("sections.deadlines"), false, {}};
    auto titles = w.t.List("deadlines_columns");
    Table table;
    table.columns = {{titles[0], 3.0, Align::Left}, {titles[1], 1.0, Align::Left}, {titles[2], 1.4, Align::Left}};
    for (const auto& p : w.c.promises) {
        if (p.status != core::PromiseStatus::Pending || !p.due) continue;
        auto state = core::EvaluatePromise(p, w.options.today);
        std::string situation = state.overdue
                                    ? w.t.Fill("deadlines_overdue", {{"days", std::to_string(state.daysLate.value_or(0))}})
                                    : w.t.Get("deadlines_pending");
        table.rows.push_back({{p.text + (p.by.empty() ? "" : " (" + p.by + ")"), w.Day(*p.due), situation},
                              false, state.overdue});
    }
    if (table.rows.empty()) s.blocks.push_back(Text(w.t.Get("none")));
    else s.blocks.push_back(table);
    return s;
}

Section Remedy(const Writer& w) {
    Section s{"remedy", w.t.Get("sections.remedy"), false, {}};
    s.blocks.push_back(Paragraph{{TextRun{w.t.Get("remedy_lead"), true}}, ParagraphStyle::Body, Align::Left, ""});
    s.blocks.push_back(Text(w.c.remedy.empty() ? w.t.Get("none") : w.c.remedy));
    return s;
}

Section Declaration(const Writer& w) {
    Section s{"declaration", w.t.Get("sections.declaration"), false, {}};
    s.blocks.push_back(Text(w.profile.In(w.profile.declaration, w.lang)));
    s.blocks.push_back(Spacer{18});
    std::string signer = w.c.claimant.representative.empty()
                             ? w.c.claimant.name
                             : w.c.claimant.representative + " — " + w.c.claimant.name;
    s.blocks.push_back(SignatureBlock{w.t.Fill("place_date", {{"place", "____________"}, {"date", w.Day(w.options.today)}}),
                                      signer, w.t.Get("signature")});
    return s;
}

DossierTexts FixedTexts(const Texts& t) {
    DossierTexts d;
    d.pageOfTemplate = t.Get("dossier.page_of");
    d.stampTemplate = t.Get("dossier.stamp");
    d.volumeTemplate = t.Get("dossier.volume");
    d.contentsTitle = t.Get("sections.contents");
    d.exhibitIndexLabel = t.Get("dossier.index_label");
    d.exhibitIndexTitle = t.Get("dossier.index_title");
    d.exhibitIndexDate = t.Get("dossier.index_date");
    d.exhibitIndexPages = t.Get("dossier.index_pages");
    d.exhibitIndexSha = t.Get("dossier.index_sha");
    d.separatorTitle = t.Get("dossier.separator_title");
    d.separatorDate = t.Get("dossier.separator_date");
    d.separatorPages = t.Get("dossier.separator_pages");
    d.separatorFile = t.Get("dossier.separator_file");
    d.separatorSha = t.Get("dossier.separator_sha");
    d.separatorType = t.Get("dossier.separator_type");
    d.separatorSize = t.Get("dossier.separator_size");
    d.notIncluded = t.Get("dossier.not_included");
    d.otherTypeNotice = t.Get("dossier.other_type");
    d.emailAttachments = t.Get("dossier.email_attachments");
    d.exhibitsBookmark = t.Get("dossier.exhibits_bookmark");
    return d;
}

} // namespace

std::string ExhibitLabel(const Profile& p, const std::string& lang, const core::Case& c, int n) {
    return Label(p.In(p.exhibitLabel, lang), c, p.numbering, n);
}

std::string ExhibitStampPrefix(const Profile& p, const std::string& lang, const core::Case& c, int n) {
    return Label(p.In(p.stampPrefix, lang), c, p.numbering, n);
}

std::vector<RecordId> ExhibitOrder(const core::Case& c) {
    std::vector<RecordId> order;
    std::set<RecordId> seen;
    auto mention = [&](const std::vector<core::DocumentLink>& links) {
        for (const auto& l : links)
            if (c.FindDocument(l.document) && seen.insert(l.document).second) order.push_back(l.document);
    };
    for (const auto& e : core::BuildTimeline(c)) {
        if (e.kind == core::EventKind::Contact) mention(c.contacts[e.index].documents);
        if (e.kind == core::EventKind::Invoice) mention(c.invoices[e.index].documents);
        if (e.kind == core::EventKind::Payment) mention(c.payments[e.index].documents);
    }
    std::vector<const core::Document*> rest;
    for (const auto& d : c.documents)
        if (!seen.count(d.id)) rest.push_back(&d);
    std::stable_sort(rest.begin(), rest.end(), [](const core::Document* a, const core::Document* b) {
        core::Date far(9999, 12, 31);
        return a->date.value_or(far) < b->date.value_or(far);
    });
    for (const auto* d : rest) order.push_back(d->id);
    return order;
}

DossierDocument BuildDossier(const core::Case& c, const Profile& profile, const BuildOptions& options) {
    std::string lang = !options.language.empty() ? options.language
                                                 : (!c.language.empty() ? c.language : profile.language);
    auto templatesDir = options.templatesDir.empty() ? TemplatesDir() : options.templatesDir;
    Texts texts = Texts::Load(templatesDir, lang);
    Writer w{c, profile, texts, options, core::FormatLocale{lang, c.jurisdiction}, {}, lang};

    DossierDocument doc;
    doc.language = lang;
    doc.pageSize = profile.pageSize;
    doc.title = c.title;
    doc.author = c.claimant.name;
    doc.subject = texts.Get("cover_title") + " — " + c.company.name;
    doc.texts = FixedTexts(texts);
    doc.sizeCapBytes = profile.sizeCapBytes;

    auto order = ExhibitOrder(c);
    nlohmann::json manifest = {{"format", "reclama-manifest"}, {"version", 1}, {"case", c.title}, {"files", nlohmann::json::array()}};
    for (std::size_t i = 0; i < order.size(); ++i) {
        int n = static_cast<int>(i) + 1;
        const core::Document& d = *c.FindDocument(order[i]);
        w.exhibitNumber[d.id] = n;
        Exhibit e;
        e.number = n;
        e.label = ExhibitLabel(profile, lang, c, n);
        e.stampPrefix = ExhibitStampPrefix(profile, lang, c, n);
        e.title = d.title;
        e.date = d.date ? w.Day(*d.date) : "";
        e.originalName = d.originalName;
        e.sha256 = d.sha256;
        e.size = d.size;
        e.mediaType = d.mediaType;
        auto info = options.exhibits.find(d.id);
        if (info != options.exhibits.end()) {
            e.source = info->second.source;
            e.file = info->second.file;
            e.pdfPageCount = info->second.pdfPageCount;
            e.problem = info->second.problem;
            e.emailHeaders = info->second.emailHeaders;
            e.text = info->second.text;
            e.emailAttachments = info->second.emailAttachments;
        }
        manifest["files"].push_back({{"label", e.label}, {"file", d.originalName}, {"title", d.title},
                                     {"size", d.size}, {"sha256", d.sha256}});
        doc.exhibits.push_back(std::move(e));
    }
    doc.manifestJson = manifest.dump();

    const auto& wanted = options.sections.empty() ? profile.sections : options.sections;
    for (const auto& key : wanted) {
        const auto& all = AllSectionKeys();
        if (std::find(all.begin(), all.end(), key) == all.end()) {
            std::string known;
            for (const auto& k : all) known += (known.empty() ? "" : ",") + k;
            throw InputError("--sections", "unknown section '" + key + "'; known: " + known);
        }
        if (key == "cover") doc.sections.push_back(Cover(w));
        else if (key == "contents") doc.sections.push_back({"contents", texts.Get("sections.contents"), true, {ContentsPlaceholder{}}});
        else if (key == "parties") doc.sections.push_back(Parties(w));
        else if (key == "summary") doc.sections.push_back(Summary(w));
        else if (key == "facts") doc.sections.push_back(Facts(w));
        else if (key == "chronology") doc.sections.push_back(Chronology(w));
        else if (key == "promises") doc.sections.push_back(BrokenPromises(w));
        else if (key == "money") doc.sections.push_back(MoneySection(w));
        else if (key == "complaints") doc.sections.push_back(Complaints(w));
        else if (key == "deadlines") doc.sections.push_back(Deadlines(w));
        else if (key == "remedy") doc.sections.push_back(Remedy(w));
        else if (key == "exhibits") doc.sections.push_back({"exhibits", texts.Get("sections.exhibits"), true, {ExhibitIndexPlaceholder{}}});
        else if (key == "declaration") doc.sections.push_back(Declaration(w));
    }
    return doc;
}

} // namespace reclama::dossier
