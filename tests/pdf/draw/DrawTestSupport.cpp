#include "DrawTestSupport.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

namespace reclama::pdf::test {
namespace fs = std::filesystem;
using namespace dossier;

const std::string kArabicName = "\u0645\u062D\u0645\u062F \u0627\u0644\u0639\u0644\u064A"; // محمد العلي
const std::string kHebrewName = "\u05E9\u05E8\u05D4 \u05DC\u05D5\u05D9";                  // שרה לוי
const std::string kGreek = "Γιώργος Παπαδόπουλος";
const std::string kCyrillic = "Наталья Иванова";
const std::string kTurkish = "Ağrı İlçesi Şükrü Işık";
const std::string kSpanish = "¿Señoría? ¡Año de reclamación! 1.234,56 € y 78,90 £";

CommandResult RunCommand(const std::string& command) {
    CommandResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run " + command);
    std::array<char, 65536> buffer{};
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
    int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string Quote(const fs::path& path) {
    std::string out = "'";
    for (char c : path.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::vector<std::string> PageTexts(const fs::path& pdf) {
    auto result = RunCommand("pdftotext -enc UTF-8 -layout " + Quote(pdf) + " -");
    if (result.exitCode != 0) throw std::runtime_error("pdftotext failed on " + pdf.string());
    std::vector<std::string> pages;
    std::stringstream in(result.output);
    std::string page;
    while (std::getline(in, page, '\f')) pages.push_back(page);
    if (!pages.empty() && pages.back().find_first_not_of(" \n") == std::string::npos) pages.pop_back();
    return pages;
}

int PageCount(const fs::path& pdf) {
    auto result = RunCommand("pdfinfo " + Quote(pdf));
    auto at = result.output.find("Pages:");
    if (at == std::string::npos) return -1;
    return std::stoi(result.output.substr(at + 6));
}

fs::path Sample(const std::string& relative) { return fs::path(RECLAMA_TEST_DATA) / "samples" / relative; }
fs::path OutDir() { return RECLAMA_DRAW_TEST_OUT; }

namespace {

std::string ReadFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

Paragraph Para(const std::string& text, ParagraphStyle style = ParagraphStyle::Body, Align align = Align::Left) {
    return Paragraph{{TextRun{text}}, style, align, ""};
}

Exhibit MakeExhibit(int number, ExhibitSource source, const std::string& title, const fs::path& file) {
    Exhibit e;
    e.number = number;
    e.label = "Documento nº " + std::to_string(number);
    e.stampPrefix = "Doc. nº " + std::to_string(number);
    e.title = title;
    e.date = "0" + std::to_string(number) + "/03/2026";
    e.originalName = file.filename().string();
    e.sha256 = std::string(60, 'a') + "0" + std::to_string(number % 10) + "ff";
    e.size = 1000 + number * 2048;
    e.mediaType = "application/octet-stream";
    e.source = source;
    e.file = file;
    return e;
}

} // namespace

DossierDocument ManyScriptsDossier(const fs::path& jpeg) {
    DossierDocument d;
    d.title = "Reclamación contra Conecta Telecom — avería ADSL de " + kSpanish.substr(0, 10);
    d.author = "Lucía Núñez";

    Section cover{"cover", "", true, {}};
    cover.blocks.push_back(Para("Expediente de reclamación", ParagraphStyle::CoverTitle, Align::Center));
    cover.blocks.push_back(Para("Avería ADSL y facturación indebida", ParagraphStyle::CoverSubtitle, Align::Center));
    cover.blocks.push_back(Spacer{24});
    cover.blocks.push_back(KeyValueList{{{"Reclamante", "Lucía Núñez"}, {"Empresa", "Conecta Telecom S.A."},
                                         {"Importe reclamado", "1.234,56 €"}}});
    d.sections.push_back(cover);

    Section contents{"contents", "Índice", true, {ContentsPlaceholder{}}};
    d.sections.push_back(contents);

    Section parties{"parties", "Partes", true, {}};
    parties.blocks.push_back(KeyValueList{{{"Reclamante", "Lucía Núñez"}, {"Cotitular", kArabicName},
                                           {"Testigo", kHebrewName}, {"Agente", kGreek},
                                           {"Supervisora", kCyrillic}, {"Oficina", kTurkish}}});
    Paragraph mixed;
    mixed.runs = {{"Texto en varios alfabetos: ", true, false}, {kSpanish + " " + kGreek + ", " + kCyrillic + ", ", false, false},
                  {kTurkish + ".", false, true}};
    parties.blocks.push_back(mixed);
    parties.blocks.push_back(Para("Cotitular árabe: " + kArabicName + " — testigo hebrea: " + kHebrewName + "."));
    parties.blocks.push_back(Para("Un carácter sin glifo en DejaVu: 漢字."));
    d.sections.push_back(parties);

    Section facts{"facts", "Hechos", true, {}};
    for (int i = 1; i <= 3; ++i) {
        Paragraph p = Para("El día " + std::to_string(i) + " de marzo llamé al servicio técnico, que prometió una "
                           "visita en 48 horas. La visita no se produjo y la línea siguió sin servicio. Palabra"
                           "muylargasinespaciosquedebecortarseporquenocabeenunalíneacompletadelpárrafo.");
        p.leadIn = i == 1 ? "PRIMERO.-" : i == 2 ? "SEGUNDO.-" : "TERCERO.-";
        facts.blocks.push_back(p);
    }
    d.sections.push_back(facts);

    Section chronology{"chronology", "Cronología", true, {}};
    Table table;
    table.compact = true;
    table.columns = {{"Nº", 0.4, Align::Right}, {"Fecha", 1.1, Align::Left}, {"Canal", 0.8, Align::Left},
                     {"Descripción", 3.2, Align::Left}, {"Importe", 1.05, Align::Right}};
    for (int i = 1; i <= 300; ++i) {
        TableRow row;
        row.cells = {std::to_string(i), "2026-03-" + std::to_string(1 + i % 28) + " 10:00", "Teléfono",
                     "Contacto " + std::to_string(i) + ": " +
                         std::string(i % 7 == 0 ? "la agente prometió devolver el importe cobrado de más en la "
                                                  "siguiente factura y llamar de nuevo en dos días"
                                                : "sin novedad"),
                     std::to_string(i * 3) + ",50 €"};
        row.alert = i % 50 == 0;
        table.rows.push_back(row);
    }
    table.rows.push_back({{"", "", "", "TOTAL", "135.450,00 €"}, true, false});
    chronology.blocks.push_back(table);
    d.sections.push_back(chronology);

    Section index{"exhibits", "Índice de documentos", true, {ExhibitIndexPlaceholder{}}};
    index.blocks.push_back(SignatureBlock{"En Madrid, a 1 de abril de 2026", "Lucía Núñez", "Firma"});
    d.sections.push_back(index);

    const std::string cl = "cl-telefonia-empresa/files/", es = "es-adsl-averia/files/";
    Exhibit pdf = MakeExhibit(1, ExhibitSource::Pdf, "Factura F-108811", Sample(cl + "factura-F-108811.pdf"));
    pdf.pdfPageCount = 3;
    pdf.mediaType = "application/pdf";
    d.exhibits.push_back(pdf);
    Exhibit png = MakeExhibit(2, ExhibitSource::Image, "Captura del SMS (PNG de 16 bits)", Sample(es + "sms-captura.png"));
    png.mediaType = "image/png";
    d.exhibits.push_back(png);
    Exhibit jpg = MakeExhibit(3, ExhibitSource::Image, "Fotografía en JPEG", jpeg);
    jpg.mediaType = "image/jpeg";
    d.exhibits.push_back(jpg);
    Exhibit text = MakeExhibit(4, ExhibitSource::Text, "Transcripción del chat", Sample(es + "chat-transcripcion.txt"));
    text.text = ReadFile(text.file);
    text.mediaType = "text/plain";
    d.exhibits.push_back(text);
    Exhibit mail = MakeExhibit(5, ExhibitSource::Email, "Correo de " + kGreek, Sample(cl + "solicitud-recambio.eml"));
    mail.emailHeaders = {{"De", kGreek + " <giorgos@example.com>"}, {"Para", "reclamaciones@conecta.example"},
                         {"Fecha", "02/03/2026 09:15"}, {"Asunto", "Solicitud de recambio — " + kArabicName}};
    mail.text = "Buenos días:\n\nSolicito el recambio del router averiado.\n\tUn saludo,\n" + kHebrewName;
    mail.emailAttachments = {"foto-router.jpg", "contrato.pdf"};
    mail.mediaType = "message/rfc822";
    d.exhibits.push_back(mail);
    Exhibit other = MakeExhibit(6, ExhibitSource::Other, "Grabación de la llamada", "llamada.ogg");
    other.mediaType = "audio/ogg";
    d.exhibits.push_back(other);
    Exhibit bad = MakeExhibit(7, ExhibitSource::Unreadable, "Contrato cifrado", "contrato.pdf");
    bad.problem = "el PDF pide una contraseña";
    d.exhibits.push_back(bad);
    return d;
}

} // namespace reclama::pdf::test
