// reclama-cli as a script sees it: stdout, stderr and exit codes of docs/cli.md.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sys/wait.h>

namespace {

namespace fs = std::filesystem;

struct Result {
    int code = -1;
    std::string out, err;
};

class Cli : public ::testing::Test {
protected:
    fs::path dir;
    void SetUp() override {
        std::random_device random;
        dir = fs::temp_directory_path() / ("reclama-cli-" + std::to_string(random()));
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }

    Result Run(const std::string& args) {
        fs::path err = dir / "stderr.txt";
        std::string command = "RECLAMA_LIBRARY='" + (dir / "lib").string() + "' '" RECLAMA_CLI "' " + args +
                              " 2>'" + err.string() + "'";
        Result r;
        FILE* pipe = popen(command.c_str(), "r");
        std::array<char, 4096> buffer;
        std::size_t n;
        while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) r.out.append(buffer.data(), n);
        int status = pclose(pipe);
        r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        std::ifstream in(err);
        r.err.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        return r;
    }
    std::string Sample(const std::string& name) {
        return "'" + (fs::path(RECLAMA_TEST_DATA) / "samples" / name).string() + "'";
    }
};

} // namespace

TEST_F(Cli, ImportPrintsTheIdAloneOnTheLastLine) {
    auto r = Run("import " + Sample("es-adsl-averia"));
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "1\n");
    r = Run("import " + Sample("cl-telefonia-empresa"));
    EXPECT_EQ(r.out, "2\n");
    auto list = nlohmann::json::parse(Run("list --json").out);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[1]["id"], 2);
    EXPECT_EQ(list[1]["status"], "escalated");
}

TEST_F(Cli, ShowAndTimelineForScripts) {
    Run("import " + Sample("cl-telefonia-empresa"));
    auto show = nlohmann::json::parse(Run("--as-of 2026-06-20 show telefonia --json").out);
    EXPECT_EQ(show["money"]["total_claimed"], "2295880");
    EXPECT_EQ(show["promises"]["broken"], 2);
    EXPECT_EQ(show["pressure"]["days_unresolved"], 130);
    auto timeline = nlohmann::json::parse(Run("timeline 1 --json").out);
    ASSERT_GE(timeline.size(), 9u);
    EXPECT_EQ(timeline[0]["at"], "2026-02-10T11:00:00-03:00");
    auto text = Run("timeline 1");
    EXPECT_NE(text.out.find("Solicitud de recambio"), std::string::npos);
}

TEST_F(Cli, ExitCodes) {
    EXPECT_EQ(Run("no-such-command").code, 2);
    EXPECT_EQ(Run("show").code, 2); // CASE missing
    EXPECT_EQ(Run("show 99").code, 1);
    auto bad = dir / "bad";
    fs::create_directories(bad);
    std::ofstream(bad / "case.json") << "{ not json";
    auto r = Run("import '" + bad.string() + "'");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("case.json"), std::string::npos) << r.err;
    EXPECT_EQ(Run("list --json").out, "[]\n"); // nothing was imported
}

TEST_F(Cli, AmbiguousPrefixListsTheCandidates) {
    Run("import " + Sample("es-adsl-averia"));
    Run("import " + Sample("es-adsl-averia"));
    auto r = Run("show adsl");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("1  ADSL"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("2  ADSL"), std::string::npos) << r.err;
}

TEST_F(Cli, AddEditDeleteUndoAndHistory) {
    Run("import " + Sample("es-adsl-averia"));
    auto r = Run("add contact 1 --at 2026-03-01T10:00 --channel phone --agent Lola --summary 'Llamada de seguimiento'");
    ASSERT_EQ(r.code, 0) << r.err;
    std::string handle = r.out.substr(0, r.out.size() - 1);
    EXPECT_EQ(handle[0], 'c');
    EXPECT_EQ(Run("edit " + handle + " --summary 'Seguimiento corregido'").code, 0);
    EXPECT_NE(Run("timeline 1").out.find("Seguimiento corregido"), std::string::npos);
    auto history = nlohmann::json::parse(Run("history 1 --record " + handle + " --json").out);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1]["action"], "edit");
    EXPECT_EQ(Run("undo 1").code, 0);
    EXPECT_NE(Run("timeline 1").out.find("Llamada de seguimiento"), std::string::npos);
    EXPECT_EQ(Run("delete " + handle).code, 0);
    EXPECT_EQ(Run("timeline 1").out.find("Llamada de seguimiento"), std::string::npos);
    r = Run("add invoice 1 --number F-9 --issued 2026-02-30 --billed 10");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("--issued"), std::string::npos) << r.err;
}

TEST_F(Cli, AttachSearchBackupRestoreCheck) {
    Run("import " + Sample("es-adsl-averia"));
    std::ofstream(dir / "nota.txt") << "El router parpadea en ámbar";
    auto r = Run("attach 1 '" + (dir / "nota.txt").string() + "' --title 'Nota del router' --kind other --to c1");
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(Run("search ambar").out.find("Nota del router"), std::string::npos);
    auto hits = nlohmann::json::parse(Run("search ambar --json").out);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(Run("backup --out '" + (dir / "copia.zip").string() + "'").code, 0);
    EXPECT_EQ(Run("check").code, 0);
    fs::remove_all(dir / "lib");
    EXPECT_EQ(Run("restore '" + (dir / "copia.zip").string() + "'").code, 0);
    EXPECT_EQ(nlohmann::json::parse(Run("list --json").out).size(), 1u);
    EXPECT_EQ(Run("check").code, 0);
}

TEST_F(Cli, ExportVerifyProfilesBrief) {
    Run("import " + Sample("es-adsl-averia"));
    auto pdf = dir / "d.pdf", zip = dir / "d.zip";
    auto r = Run("--as-of 2026-03-20 export 1 --out '" + pdf.string() + "' --profile es-omic --evidence '" +
                 zip.string() + "' --deterministic");
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, pdf.string() + "\n" + zip.string() + "\n");
    EXPECT_EQ(Run("verify '" + pdf.string() + "' --evidence '" + zip.string() + "'").code, 0);
    auto profiles = nlohmann::json::parse(Run("profiles --json").out);
    EXPECT_GE(profiles.size(), 6u);
    for (const auto& p : profiles) { // only us-bates numbers exhibit pages
        EXPECT_EQ(p.contains("bates"), p["name"] == "us-bates") << p["name"];
    }
    auto brief = Run("--as-of 2026-03-20 brief 1");
    EXPECT_EQ(brief.code, 0);
    EXPECT_NE(brief.out.find("ES-4471902"), std::string::npos);
    EXPECT_NE(brief.out.find("Visita técnica el 23 de enero"), std::string::npos);
}
