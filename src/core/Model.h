#pragma once
// The domain model of a dispute: a case and every contact, promise, invoice, payment, incident,
// document and note in it. Plain data; rules live in the other core files.

#include "EventTime.h"
#include "Money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace reclama::core {

// Record ids are the store's integer ids (0 = not saved yet). Within a case each record kind
// has its own id space; links name the kind by the field they sit in.
using RecordId = std::int64_t;

enum class CaseStatus { Open, Escalated, Resolved, Closed };
enum class Channel { Phone, Email, Chat, Letter, Visit, Web, Social, Sms, Other };
enum class Direction { Outgoing, Incoming };
enum class PromiseStatus { Pending, Kept, PartlyKept, Broken };
enum class PaymentKind { Payment, Refund, Compensation };
enum class DocumentKind {
    Invoice, Contract, Letter, Email, Screenshot, Photo, Recording, Transcript, Receipt,
    Statement, Other
};

// A record kind, with the one-letter prefix used in record handles ("c12", "p3").
enum class RecordKind { Contact, Promise, Invoice, Payment, Incident, Document, Note };

struct Reference {
    std::string label;
    std::string value;
    friend bool operator==(const Reference&, const Reference&) = default;
};

struct Claimant {
    std::string name, idNumber, address, email, phone, representative;
    friend bool operator==(const Claimant&, const Claimant&) = default;
};

struct Company {
    std::string name, taxId, address, customerNumber;
    friend bool operator==(const Company&, const Company&) = default;
};

// A whole document, or one page of it (page is 1-based).
struct DocumentLink {
    RecordId document = 0;
    std::optional<int> page;
    friend bool operator==(const DocumentLink&, const DocumentLink&) = default;
};

struct Contact {
    RecordId id = 0;
    EventTime at;
    std::optional<EventTime> recordedAt;
    Channel channel = Channel::Phone;
    Direction direction = Direction::Outgoing;
    std::optional<int> durationMin, waitMin;
    std::string agent, agentId, department, reference;
    bool complaint = false;
    std::optional<RecordId> replyTo; // the contact this one answers
    std::string summary, quote;
    std::vector<DocumentLink> documents;
    friend bool operator==(const Contact&, const Contact&) = default;
};

struct Promise {
    RecordId id = 0;
    std::optional<RecordId> contact; // the contact in which it was made
    std::string by, text;
    std::optional<Date> due;
    PromiseStatus status = PromiseStatus::Pending;
    std::optional<Date> resolved; // when it was kept or found broken
    friend bool operator==(const Promise&, const Promise&) = default;
};

struct Invoice {
    RecordId id = 0;
    std::string number;
    Date issued;
    std::optional<Date> periodFrom, periodTo, due;
    Money billed;  // what the company charged
    Money correct; // what it should have charged
    Money paid;    // what the claimant paid against it
    std::vector<DocumentLink> documents;
    friend bool operator==(const Invoice&, const Invoice&) = default;
};

struct Payment {
    RecordId id = 0;
    EventTime at;
    PaymentKind kind = PaymentKind::Payment;
    Money amount;
    std::string reference;
    std::vector<DocumentLink> documents;
    friend bool operator==(const Payment&, const Payment&) = default;
};

struct Incident {
    RecordId id = 0;
    EventTime from;
    std::optional<EventTime> to; // absent: still going on
    std::string description;
    friend bool operator==(const Incident&, const Incident&) = default;
};

// An attachment's metadata. The file itself lives in the store, addressed by its SHA-256.
struct Document {
    RecordId id = 0;
    std::string title;
    std::optional<Date> date;
    DocumentKind kind = DocumentKind::Other;
    std::string originalName; // file name as the user gave it, e.g. "factura-enero.pdf"
    std::string sha256;       // lowercase hex of the original bytes
    std::int64_t size = 0;
    std::string mediaType; // e.g. "application/pdf"
    friend bool operator==(const Document&, const Document&) = default;
};

struct Note {
    RecordId id = 0;
    EventTime at;
    std::string text;
    friend bool operator==(const Note&, const Note&) = default;
};

struct Case {
    RecordId id = 0;
    std::string title;
    std::string jurisdiction = "ES"; // ISO 3166-1 alpha-2
    std::string language = "es";     // dossier language
    std::string currency = "EUR";    // ISO 4217
    std::string timezone = "Europe/Madrid";
    CaseStatus status = CaseStatus::Open;
    std::string summary, remedy;
    std::vector<Reference> references;
    Claimant claimant;
    Company company;
    std::vector<Contact> contacts;
    std::vector<Promise> promises;
    std::vector<Invoice> invoices;
    std::vector<Payment> payments;
    std::vector<Incident> incidents;
    std::vector<Document> documents;
    std::vector<Note> notes;
    friend bool operator==(const Case&, const Case&) = default;

    const Contact* FindContact(RecordId id) const;
    const Document* FindDocument(RecordId id) const;
};

// Names as written in the case file ("phone", "partly_kept", ...), and back. The parsers return
// nullopt for an unknown name.
std::string_view ToString(CaseStatus v);
std::string_view ToString(Channel v);
std::string_view ToString(Direction v);
std::string_view ToString(PromiseStatus v);
std::string_view ToString(PaymentKind v);
std::string_view ToString(DocumentKind v);
std::string_view ToString(RecordKind v);
std::optional<CaseStatus> CaseStatusFromString(std::string_view s);
std::optional<Channel> ChannelFromString(std::string_view s);
std::optional<Direction> DirectionFromString(std::string_view s);
std::optional<PromiseStatus> PromiseStatusFromString(std::string_view s);
std::optional<PaymentKind> PaymentKindFromString(std::string_view s);
std::optional<DocumentKind> DocumentKindFromString(std::string_view s);
std::optional<RecordKind> RecordKindFromString(std::string_view s);

// Record handles as people type them: "c12" (contact 12), "p3", "i2", "m1" (payment),
// "o1" (incident, "outage"), "d4", "n1". Parse returns nullopt for a malformed handle.
char RecordPrefix(RecordKind kind);
std::string RecordHandle(RecordKind kind, RecordId id);
struct RecordRef {
    RecordKind kind;
    RecordId id;
    friend bool operator==(const RecordRef&, const RecordRef&) = default;
};
std::optional<RecordRef> ParseRecordHandle(std::string_view handle);

} // namespace reclama::core
