#include "JobsTestSupport.h"

#include "jobs/ImportJob.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>

namespace reclama::test {

TempDir::TempDir() {
    std::random_device random;
    path = std::filesystem::temp_directory_path() / ("reclama-jobs-" + std::to_string(random()));
    std::filesystem::create_directories(path);
}
TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
}

std::filesystem::path Sample(const std::string& name) {
    return std::filesystem::path(RECLAMA_TEST_DATA) / "samples" / name;
}

SampleLibrary::SampleLibrary() {
    library = store::Library::Open(dir.path / "lib");
    jobs::SilentProgress progress;
    es = jobs::ImportCaseFile(*library, Sample("es-adsl-averia"), progress).caseId;
    cl = jobs::ImportCaseFile(*library, Sample("cl-telefonia-empresa"), progress).caseId;
}

std::string Quote(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

std::string Shell(const std::string& command, int* status) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
    int rc = pclose(pipe);
    if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    return out;
}

std::string ReadBytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace reclama::test
