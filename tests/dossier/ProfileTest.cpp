// Recipient profiles: the shipped ones load with what each office expects, and a broken one is
// refused naming its file and field.

#include "TestSupport.h"
#include "dossier/Profile.h"
#include "dossier/Templates.h"

#include "core/Error.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace reclama::dossier {
namespace {

namespace fs = std::filesystem;

class TempTemplates : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("reclama-dossier-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "profiles");
    }
    void TearDown() override { fs::remove_all(m_dir); }
    void Write(const std::string& name, const std::string& json) {
        std::ofstream(m_dir / "profiles" / name) << json;
    }
    std::string ErrorOf(const std::string& json) {
        Write("broken.json", json);
        try {
            LoadProfiles(m_dir);
        } catch (const InputError& e) {
            return e.what();
        }
        return "";
    }
    static std::string Valid() {
        return std::string(R"({"name": "t", "description": {"es": "d"}, "recipient": {"es": "r"}, )") +
               R"("declaration": {"es": "x"}, "exhibit_label": {"es": "Doc {n}"}, )" +
               R"("stamp_prefix": {"es": "D{n}"}, "sections": ["cover", "facts"]})";
    }
    fs::path m_dir;
};

TEST(Profiles, ShippedProfilesLoadWithTheirOfficesConventions) {
    auto profiles = LoadProfiles(test::Templates());
    std::vector<std::string> names;
    for (const auto& p : profiles) names.push_back(p.name);
    EXPECT_EQ(names, (std::vector<std::string>{"cl-sernac", "es-omic", "es-telecom", "generic", "uk-ombudsman",
                                               "us-bates", "us-small-claims"}));
    for (const auto& p : profiles) {
        SCOPED_TRACE(p.name);
        EXPECT_FALSE(p.In(p.description, "es").empty());
        EXPECT_FALSE(p.In(p.description, "en").empty());
        EXPECT_FALSE(p.In(p.recipient, "es").empty());
        EXPECT_FALSE(p.declaration.at("es").empty());
        EXPECT_FALSE(p.declaration.at("en").empty());
        EXPECT_FALSE(p.sections.empty());
    }
    auto omic = FindProfile(test::Templates(), "es-omic");
    EXPECT_EQ(omic.In(omic.recipient, "es"), "Oficina Municipal de Información al Consumidor");
    EXPECT_EQ(omic.pageSize, PageSize::A4);
    EXPECT_EQ(omic.language, "es");
    auto us = FindProfile(test::Templates(), "us-small-claims");
    EXPECT_EQ(us.pageSize, PageSize::Letter);
    EXPECT_EQ(us.numbering, ExhibitNumbering::Alpha);
    EXPECT_EQ(us.language, "en");
    EXPECT_FALSE(us.bates.has_value());
    auto bates = FindProfile(test::Templates(), "us-bates");
    ASSERT_TRUE(bates.bates.has_value());
    EXPECT_EQ(bates.bates->prefix, "{initials}");
    EXPECT_EQ(bates.bates->digits, 6);
    EXPECT_EQ(bates.bates->start, 1);
    EXPECT_EQ(FindProfile(test::Templates(), "cl-sernac").pageSize, PageSize::Letter);
    EXPECT_GT(FindProfile(test::Templates(), "es-telecom").sizeCapBytes, 0);
    EXPECT_EQ(FindProfile(test::Templates(), "generic").sizeCapBytes, 0);
}

TEST(Profiles, UnknownProfileIsRefusedListingTheKnownOnes) {
    try {
        FindProfile(test::Templates(), "es-omicc");
        FAIL() << "no error";
    } catch (const InputError& e) {
        std::string message = e.what();
        EXPECT_NE(message.find("es-omicc"), std::string::npos) << message;
        EXPECT_NE(message.find("es-omic,"), std::string::npos) << message;
    }
}

TEST(Profiles, FindProfileByNameUsesTheTemplatesDirFromTheEnvironment) {
    ::setenv("RECLAMA_TEMPLATES", test::Templates().c_str(), 1);
    EXPECT_EQ(TemplatesDir(), test::Templates());
    EXPECT_EQ(FindProfile("uk-ombudsman").name, "uk-ombudsman");
    ::unsetenv("RECLAMA_TEMPLATES");
    // Without the variable, the build tree falls back to the source tree's templates.
    EXPECT_TRUE(fs::exists(TemplatesDir() / "profiles" / "generic.json"));
}

TEST_F(TempTemplates, AValidProfileLoadsWithDefaults) {
    Write("t.json", Valid());
    auto p = LoadProfiles(m_dir).at(0);
    EXPECT_EQ(p.name, "t");
    EXPECT_EQ(p.pageSize, PageSize::A4);
    EXPECT_EQ(p.sections, (std::vector<std::string>{"cover", "facts"}));
    EXPECT_EQ(p.sizeCapBytes, 0);
    EXPECT_EQ(p.In(p.exhibitLabel, "en"), "Doc {n}"); // falls back to the language there is
}

TEST_F(TempTemplates, ErrorsNameTheFileAndTheField) {
    auto expectError = [&](const std::string& json, const std::string& field) {
        std::string message = ErrorOf(json);
        EXPECT_NE(message.find("broken.json"), std::string::npos) << message;
        EXPECT_NE(message.find(field), std::string::npos) << message;
    };
    std::string valid = Valid();
    auto with = [&](const std::string& from, const std::string& to) {
        std::string s = valid;
        s.replace(s.find(from), from.size(), to);
        return s;
    };
    expectError(with(R"("name": "t", )", R"()"), "/name");
    expectError(with(R"("sections": ["cover", "facts"])", R"("sections": ["cover", "fatcs"])"), "/sections/1");
    expectError(with(R"("sections": ["cover", "facts"])", R"("sections": ["cover", "cover"])"), "/sections/1");
    expectError(with(R"("name": "t", )", R"("name": "t", "page_size": "A5", )"), "/page_size");
    expectError(with(R"("exhibit_label": {"es": "Doc {n}"})", R"("exhibit_label": {"es": "Doc"})"),
                "/exhibit_label/es");
    expectError(with(R"("recipient": {"es": "r"}, )", ""), "/recipient");
    expectError(with(R"("name": "t", )", R"("name": "t", "size_cap_bytes": -5, )"), "/size_cap_bytes");
    expectError(with(R"("name": "t", )", R"("name": "t", "bates": "yes", )"), "/bates");
    expectError(with(R"("name": "t", )", R"("name": "t", "bates": {"prefix": "A B"}, )"), "/bates/prefix");
    expectError(with(R"("name": "t", )", R"("name": "t", "bates": {"digits": 3}, )"), "/bates/digits");
    expectError(with(R"("name": "t", )", R"("name": "t", "bates": {"start": 0}, )"), "/bates/start");
    expectError("{ not json", "not valid JSON");
}

TEST_F(TempTemplates, TwoProfilesWithOneNameAreRefused) {
    Write("a.json", Valid());
    Write("b.json", Valid());
    try {
        LoadProfiles(m_dir);
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("/name"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace reclama::dossier
