#include "FinishInput.h"

#include <qpdf/QPDFExc.hh>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace reclama::pdf {

namespace {
constexpr std::size_t kBufferBytes = 16 * 1024;

[[noreturn]] void SystemError(const std::string& what) {
    throw std::runtime_error(what + ": " + std::strerror(errno));
}
} // namespace

void FilePool::Touch(PooledFileInputSource* source) {
    if (source->m_fd >= 0) {
        m_open.splice(m_open.begin(), m_open, source->m_slot);
        return;
    }
    while (m_capacity > 0 && m_open.size() >= m_capacity)
        m_open.back()->Close();
    m_open.push_front(source);
    source->m_slot = m_open.begin();
}

void FilePool::Forget(PooledFileInputSource* source) {
    m_open.erase(source->m_slot);
}

PooledFileInputSource::PooledFileInputSource(const std::string& filename,
                                             std::shared_ptr<FilePool> pool)
    : m_filename(filename), m_pool(std::move(pool)) {}

PooledFileInputSource::~PooledFileInputSource() {
    if (m_fd >= 0) {
        m_pool->Forget(this);
        ::close(m_fd);
    }
}

int PooledFileInputSource::Open() {
    m_pool->Touch(this);
    if (m_fd < 0) {
        m_fd = ::open(m_filename.c_str(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) {
            m_pool->Forget(this);
            SystemError("open " + m_filename);
        }
    }
    return m_fd;
}

void PooledFileInputSource::Close() {
    m_pool->Forget(this);
    ::close(m_fd);
    m_fd = -1;
}

qpdf_offset_t PooledFileInputSource::Size() {
    if (m_size < 0) {
        struct stat st {};
        if (::fstat(Open(), &st) != 0)
            SystemError("stat " + m_filename);
        m_size = st.st_size;
    }
    return m_size;
}

qpdf_offset_t PooledFileInputSource::findAndSkipNextEOL() {
    // As qpdf's FileInputSource: the offset of the next \r or \n, leaving the position after the
    // run of end-of-line characters that starts there (or the end of the file, if none).
    char chunk[1024];
    while (true) {
        qpdf_offset_t at = m_position;
        std::size_t n = read(chunk, sizeof chunk);
        if (n == 0)
            return m_position;
        std::size_t i = 0;
        while (i < n && chunk[i] != '\r' && chunk[i] != '\n')
            ++i;
        if (i == n)
            continue;
        qpdf_offset_t result = at + static_cast<qpdf_offset_t>(i);
        m_position = result + 1;
        char ch;
        while (read(&ch, 1) == 1) {
            if (ch != '\r' && ch != '\n') {
                unreadCh(ch);
                break;
            }
        }
        return result;
    }
}

std::string const& PooledFileInputSource::getName() const {
    return m_filename;
}

qpdf_offset_t PooledFileInputSource::tell() {
    return m_position;
}

void PooledFileInputSource::seek(qpdf_offset_t offset, int whence) {
    qpdf_offset_t to = whence == SEEK_SET ? offset
                       : whence == SEEK_CUR ? m_position + offset
                                            : Size() + offset;
    if (to < 0) {
        throw std::runtime_error("seek to " + m_filename + ", offset " + std::to_string(offset) +
                                 " (" + std::to_string(whence) + "): before the start of the file");
    }
    m_position = to;
}

void PooledFileInputSource::rewind() {
    m_position = 0;
}

size_t PooledFileInputSource::read(char* buffer, size_t length) {
    last_offset = m_position;
    std::size_t done = 0;
    while (done < length) {
        qpdf_offset_t bufferEnd = m_bufferStart + static_cast<qpdf_offset_t>(m_buffer.size());
        if (m_position >= m_bufferStart && m_position < bufferEnd) {
            std::size_t from = static_cast<std::size_t>(m_position - m_bufferStart);
            std::size_t n = std::min(length - done, m_buffer.size() - from);
            std::memcpy(buffer + done, m_buffer.data() + from, n);
            done += n;
            m_position += static_cast<qpdf_offset_t>(n);
            continue;
        }
        // Refill from the current position (the buffer never holds a stale part of the file).
        m_buffer.resize(kBufferBytes);
        ssize_t got;
        do {
            got = ::pread(Open(), m_buffer.data(), kBufferBytes, static_cast<off_t>(m_position));
        } while (got < 0 && errno == EINTR);
        if (got < 0) {
            m_buffer.clear();
            throw QPDFExc(qpdf_e_system, m_filename, "", last_offset,
                          "read " + std::to_string(length) + " bytes: " + std::strerror(errno));
        }
        m_buffer.resize(static_cast<std::size_t>(got));
        m_bufferStart = m_position;
        if (got == 0)
            break;
    }
    if (done == 0 && length > 0) {
        // At the end, qpdf's own sources leave last_offset at the end of the file.
        m_position = std::max(m_position, Size());
        last_offset = m_position;
    }
    return done;
}

void PooledFileInputSource::unreadCh(char) {
    if (m_position > 0)
        --m_position;
}

} // namespace reclama::pdf
