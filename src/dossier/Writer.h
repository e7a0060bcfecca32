#pragma once
// What every section writer needs: the case, profile, texts, formats and exhibit numbers, with
// the phrases they share ("El 14/01/2026 a las 09:05 (UTC+01:00)", "Doc. nº 2, pág. 3").
// Internal to the dossier library.

#include "DossierBuilder.h"
#include "Texts.h"
#include "core/Format.h"

#include <map>
#include <string>
#include <vector>

namespace reclama::dossier {

struct Writer {
    const core::Case& c;
    const Profile& profile;
    const Texts& t;
    const BuildOptions& options;
    std::string lang;
    core::FormatLocale locale;
    std::map<core::RecordId, int> exhibitNumber; // document id -> exhibit number

    std::string Money(const core::Money& m) const { return core::FormatMoney(m, locale); }
    std::string When(const core::EventTime& at) const { return core::FormatEventTime(at, locale); }
    std::string Day(const core::Date& d) const { return core::FormatDate(d, locale); }
    // "El 14/01/2026 a las 09:05 (UTC+01:00)" (startOfSentence) or "el 14/01/2026 ...".
    std::string WhenPhrase(const core::EventTime& at, bool startOfSentence) const;
    std::string DayPhrase(const core::Date& d, bool startOfSentence) const;
    // "Doc. nº 2; Doc. nº 3, pág. 2"; documents that are not exhibits are left out.
    std::string Cites(const std::vector<core::DocumentLink>& links) const;
    std::string ChannelName(core::Channel ch) const;
    std::string DirectionName(core::Direction d) const;
    std::string StatusName(core::PromiseStatus s) const;
    std::string PaymentKindName(core::PaymentKind k) const;
    std::string Agent(const core::Contact& k) const; // "Javier (T-0193)"
    std::vector<const core::Promise*> PromisesOf(core::RecordId contact) const;
    const core::Contact* AnswerTo(core::RecordId complaint) const;
    // Table columns from a list of titles in the texts, with relative widths and alignments.
    std::vector<Column> Columns(const std::string& key, const std::vector<double>& weights,
                                const std::vector<Align>& aligns) const;
};

Paragraph TextParagraph(const std::string& text, ParagraphStyle style = ParagraphStyle::Body,
                        Align align = Align::Left);
Paragraph BoldParagraph(const std::string& text);
// Ends a sentence with a full stop unless it already ends with punctuation.
std::string Sentence(std::string text);
// One full stop where a template's stop follows a name that ends in one ("S.L.." -> "S.L.").
std::string TidyStops(std::string text);

Section CoverSection(const Writer& w);
Section PartiesSection(const Writer& w);
Section SummarySection(const Writer& w);
Section FactsSection(const Writer& w);
Section ChronologySection(const Writer& w);
Section BrokenPromisesSection(const Writer& w);
Section MoneySection(const Writer& w);
Section ComplaintsSection(const Writer& w);
Section DeadlinesSection(const Writer& w);
Section RemedySection(const Writer& w);
Section DeclarationSection(const Writer& w);

} // namespace reclama::dossier
