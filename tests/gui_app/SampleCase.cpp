// Test cases built in code.
#include "SampleCase.h"

#include "core/EventTime.h"

namespace reclama::gui::test {

using namespace core;

core::Date SmallCaseToday() { return Date(2026, 2, 20); }

Case SmallCase() {
    Case c;
    c.id = 1;
    c.title = "ADSL sin servicio – avería no resuelta";
    c.jurisdiction = "ES";
    c.language = "es";
    c.currency = "EUR";
    c.timezone = "Europe/Madrid";
    c.summary = "Desde el 14 de enero la línea ADSL no funciona.";
    c.remedy = "Reparación y devolución de lo cobrado.";
    c.references = {{"Nº de cliente", "ES-4471902"}, {"Nº de incidencia", "INC-2026-118734"}};
    c.claimant = {"Lucía Martín Ortega", "12345678Z", "C/ Mayor 15, Madrid", "lucia@example.es",
                  "+34 600 123 456", ""};
    c.company = {"Conecta Telecom S.A.U.", "A12345674", "Paseo de la Castellana 200", "ES-4471902"};
    const auto at = [&](const char* text) { return ParseEventTime(text, c.timezone); };

    Contact k1;
    k1.id = 1; k1.at = at("2026-01-14T09:05"); k1.channel = Channel::Phone; k1.durationMin = 38;
    k1.waitMin = 22; k1.agent = "Marta"; k1.department = "Soporte técnico";
    k1.reference = "INC-2026-118734"; k1.summary = "Se comunica la avería. Pruebas remotas.";
    k1.quote = "Le llamamos en 48 horas para darle cita con el técnico.";
    Contact k2;
    k2.id = 2; k2.at = at("2026-01-17T18:30"); k2.channel = Channel::Phone; k2.durationMin = 51;
    k2.agent = "Jorge"; k2.agentId = "J-204"; k2.reference = "INC-2026-118734";
    k2.summary = "Nadie llamó. Se repite la historia completa.";
    k2.quote = "El técnico irá el martes 20 entre 9 y 14 h.";
    Contact k3;
    k3.id = 3; k3.at = at("2026-01-24T11:10"); k3.channel = Channel::Chat; k3.agent = "Sofía";
    k3.summary = "Chat: ninguna visita. Nueva cita prometida."; k3.complaint = true;
    Contact k4;
    k4.id = 4; k4.at = at("2026-02-02T10:00"); k4.channel = Channel::Email;
    k4.direction = Direction::Incoming; k4.summary = "Respuesta a la reclamación REC-77810.";
    k4.documents = {{2, std::nullopt}};
    c.contacts = {k1, k2, k3, k4};

    Promise p1;
    p1.id = 1; p1.contact = 1; p1.by = "Marta"; p1.text = "Llamar en 48 horas para dar cita";
    p1.due = Date(2026, 1, 16); p1.status = PromiseStatus::Kept; p1.resolved = Date(2026, 1, 16);
    Promise p2;
    p2.id = 2; p2.contact = 2; p2.by = "Jorge (J-204)"; p2.text = "Visita técnica el martes 20";
    p2.due = Date(2026, 1, 20); p2.status = PromiseStatus::Broken; p2.resolved = Date(2026, 1, 20);
    Promise p3;
    p3.id = 3; p3.contact = 3; p3.by = "Sofía"; p3.text = "Nueva visita antes del 31";
    p3.due = Date(2026, 1, 31);
    c.promises = {p1, p2, p3};

    Invoice i1;
    i1.id = 1; i1.number = "FAC-2026-0142"; i1.issued = Date(2026, 2, 1);
    i1.periodFrom = Date(2026, 1, 1); i1.periodTo = Date(2026, 1, 31);
    i1.billed = {4590, "EUR"}; i1.correct = {1185, "EUR"}; i1.paid = {4590, "EUR"};
    i1.documents = {{1, std::nullopt}};
    Invoice i2;
    i2.id = 2; i2.number = "FAC-2025-1201"; i2.issued = Date(2025, 12, 1);
    i2.billed = {4590, "EUR"}; i2.correct = {4590, "EUR"}; i2.paid = {4590, "EUR"};
    c.invoices = {i1, i2};

    Payment m1;
    m1.id = 1; m1.at = ParseEventTime("2026-02-10", c.timezone); m1.kind = PaymentKind::Refund;
    m1.amount = {1000, "EUR"}; m1.reference = "Abono parcial";
    c.payments = {m1};

    Document d1;
    d1.id = 1; d1.title = "Factura enero"; d1.date = Date(2026, 2, 1); d1.kind = DocumentKind::Invoice;
    d1.originalName = "factura-enero.pdf"; d1.size = 20480; d1.mediaType = "application/pdf";
    d1.sha256 = std::string(64, 'a');
    Document d2;
    d2.id = 2; d2.title = "Captura SMS"; d2.date = Date(2026, 1, 20); d2.kind = DocumentKind::Screenshot;
    d2.originalName = "sms-captura.png"; d2.size = 5120; d2.mediaType = "image/png";
    d2.sha256 = std::string(64, 'b');
    c.documents = {d1, d2};

    Note n1;
    n1.id = 1; n1.at = ParseEventTime("2026-02-12", c.timezone); n1.text = "Pedir hoja de reclamaciones.";
    c.notes = {n1};
    return c;
}

Case GeneratedCase(int events, RecordId firstId) {
    Case c;
    c.id = firstId;
    c.title = "Generated case " + std::to_string(firstId);
    c.company.name = "Big Telco";
    c.timezone = "Europe/Madrid";
    const char* agents[] = {"Marta", "Jorge", "Sofía", "Ana", "Luis", "Pedro", "Carmen"};
    const Channel channels[] = {Channel::Phone, Channel::Email, Channel::Chat, Channel::Letter};
    c.contacts.reserve(static_cast<std::size_t>(events));
    const boost::posix_time::ptime start(Date(2020, 1, 1), boost::posix_time::hours(9));
    for (int i = 0; i < events; ++i) {
        Contact k;
        k.id = i + 1;
        k.at.local = start + boost::posix_time::minutes(37L * i);
        k.at.offsetMinutes = 60;
        k.channel = channels[i % 4];
        k.agent = agents[i % 7];
        k.reference = "REF-" + std::to_string(i % 500);
        k.summary = "Contact number " + std::to_string(i) + " about the broken line";
        c.contacts.push_back(std::move(k));
        if (i % 10 == 0) {
            Promise p;
            p.id = static_cast<RecordId>(c.promises.size() + 1);
            p.contact = i + 1;
            p.text = "Fix it within a week";
            p.due = (start + boost::posix_time::minutes(37L * i)).date() + boost::gregorian::days(7);
            p.status = (i % 20 == 0) ? PromiseStatus::Broken : PromiseStatus::Pending;
            c.promises.push_back(p);
        }
    }
    return c;
}

} // namespace reclama::gui::test
