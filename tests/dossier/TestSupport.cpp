#include "TestSupport.h"

#include "core/EventTime.h"
#include "core/Money.h"

#include <gtest/gtest.h>

#ifdef RECLAMA_HAVE_CASEFILE
#include "casefile/CaseFile.h"
#endif

namespace reclama::dossier::test {

std::filesystem::path Templates() { return RECLAMA_SOURCE_TEMPLATES; }

bool HaveSamples() {
#ifdef RECLAMA_HAVE_CASEFILE
    return true;
#else
    return false;
#endif
}

std::vector<std::string> SampleNames() { return {"es-adsl-averia", "cl-telefonia-empresa"}; }

core::Case Sample(const std::string& name) {
#ifdef RECLAMA_HAVE_CASEFILE
    return casefile::ReadCaseFile(std::filesystem::path(RECLAMA_TEST_DATA) / "samples" / name).c;
#else
    (void)name;
    throw std::runtime_error("the case-file reader is not built");
#endif
}

core::Date D(const std::string& iso) { return core::ParseDate(iso); }

core::Case SmallCase() {
    core::Case c;
    c.title = "Router averiado";
    c.jurisdiction = "ES";
    c.language = "es";
    c.currency = "EUR";
    c.timezone = "Europe/Madrid";
    c.summary = "El router no funciona desde marzo.";
    c.remedy = "Cambio del router.";
    c.claimant.name = "Ana Pérez Gil";
    c.company.name = "Redes Norte S.L.";
    c.company.customerNumber = "RN-100";
    c.references = {{"Nº de cliente", "RN-100"}, {"Incidencia", "INC-7"}};

    core::Contact a;
    a.id = 1;
    a.at = core::ParseEventTime("2026-03-02T10:00:00+01:00", c.timezone, core::Precision::Approximate);
    a.channel = core::Channel::Phone;
    a.agent = "Luis";
    a.reference = "INC-7";
    a.summary = "Se comunica la avería";
    a.quote = "Mañana lo arreglamos.";
    a.documents = {{2, 3}};
    core::Contact b;
    b.id = 2;
    b.at = core::ParseEventTime("2026-03-01", c.timezone);
    b.channel = core::Channel::Sms;
    b.direction = core::Direction::Incoming;
    b.summary = "Aviso de corte";
    b.documents = {{1, std::nullopt}};
    core::Contact m;
    m.id = 3;
    m.at = core::ParseEventTime("2026-04", c.timezone);
    m.channel = core::Channel::Letter;
    m.complaint = true;
    m.summary = "Reclamación por carta";
    c.contacts = {a, b, m};

    core::Promise p;
    p.id = 1;
    p.contact = 1;
    p.by = "Luis";
    p.text = "Reparar al día siguiente";
    p.due = D("2026-03-03");
    p.status = core::PromiseStatus::Pending;
    c.promises = {p};

    core::Invoice i;
    i.id = 1;
    i.number = "F-1";
    i.issued = D("2026-03-10");
    i.billed = core::ParseAmount("30.00", "EUR");
    i.correct = core::ParseAmount("10.00", "EUR");
    i.paid = core::ParseAmount("30.00", "EUR");
    c.invoices = {i};

    core::Document d1;
    d1.id = 1;
    d1.title = "Captura del SMS";
    d1.date = D("2026-03-01");
    core::Document d2;
    d2.id = 2;
    d2.title = "Grabación";
    d2.date = D("2026-03-02");
    core::Document d3;
    d3.id = 3;
    d3.title = "Contrato (sin citar)";
    d3.date = D("2025-01-01");
    core::Document d4;
    d4.id = 4;
    d4.title = "Foto sin fecha";
    c.documents = {d4, d2, d1, d3};
    return c;
}

BuildOptions Options(const std::string& language, const std::string& today) {
    BuildOptions o;
    o.language = language;
    o.today = D(today);
    o.templatesDir = Templates();
    return o;
}

const Section* FindSection(const DossierDocument& doc, const std::string& key) {
    for (const auto& s : doc.sections)
        if (s.key == key) return &s;
    return nullptr;
}

std::vector<std::string> SectionKeys(const DossierDocument& doc) {
    std::vector<std::string> keys;
    for (const auto& s : doc.sections) keys.push_back(s.key);
    return keys;
}

const Table* FirstTable(const Section& s) {
    for (const auto& b : s.blocks)
        if (const auto* t = std::get_if<Table>(&b)) return t;
    return nullptr;
}

const Table* LastTable(const Section& s) {
    const Table* last = nullptr;
    for (const auto& b : s.blocks)
        if (const auto* t = std::get_if<Table>(&b)) last = t;
    return last;
}

std::vector<const Paragraph*> NumberedFacts(const Section& s) {
    std::vector<const Paragraph*> out;
    for (const auto& b : s.blocks)
        if (const auto* p = std::get_if<Paragraph>(&b); p && !p->leadIn.empty()) out.push_back(p);
    return out;
}

std::string Text(const Paragraph& p) {
    std::string out;
    for (const auto& r : p.runs) out += r.text;
    return out;
}

std::string AllText(const Section& s) {
    std::string out = s.title + "\n";
    for (const auto& b : s.blocks) {
        if (const auto* p = std::get_if<Paragraph>(&b)) out += p->leadIn + " " + Text(*p) + "\n";
        if (const auto* t = std::get_if<Table>(&b)) {
            for (const auto& c : t->columns) out += c.title + " | ";
            out += "\n";
            for (const auto& r : t->rows) {
                for (const auto& cell : r.cells) out += cell + " | ";
                out += "\n";
            }
        }
        if (const auto* kv = std::get_if<KeyValueList>(&b))
            for (const auto& [k, v] : kv->items) out += k + ": " + v + "\n";
        if (const auto* sig = std::get_if<SignatureBlock>(&b))
            out += sig->placeAndDate + "\n" + sig->signerName + "\n" + sig->signerCaption + "\n";
    }
    return out;
}

} // namespace reclama::dossier::test
