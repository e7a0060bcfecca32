#pragma once
// Exhibit files read through a shared pool of open handles: at most `capacity` of them are open at
// once (the least recently used is closed first), so 1,000+ exhibits stay under the open-file
// limit, without reopening the file for every single read as qpdf's ClosedFileInputSource does.
// Reads go through a buffer of each source's own with pread, so qpdf's many seeks cost no system
// call (its FileInputSource makes one per seek).

#include <qpdf/InputSource.hh>

#include <cstddef>
#include <list>
#include <memory>
#include <string>
#include <vector>

namespace reclama::pdf {

class PooledFileInputSource;

class FilePool {
public:
    explicit FilePool(std::size_t capacity) : m_capacity(capacity) {}

private:
    friend class PooledFileInputSource;
    void Touch(PooledFileInputSource* source);
    void Forget(PooledFileInputSource* source);

    std::size_t m_capacity;
    std::list<PooledFileInputSource*> m_open; // most recently used first
};

class PooledFileInputSource : public InputSource {
public:
    PooledFileInputSource(const std::string& filename, std::shared_ptr<FilePool> pool);
    ~PooledFileInputSource() override;
    PooledFileInputSource(const PooledFileInputSource&) = delete;
    PooledFileInputSource& operator=(const PooledFileInputSource&) = delete;

    qpdf_offset_t findAndSkipNextEOL() override;
    std::string const& getName() const override;
    qpdf_offset_t tell() override;
    void seek(qpdf_offset_t offset, int whence) override;
    void rewind() override;
    size_t read(char* buffer, size_t length) override;
    void unreadCh(char ch) override;

private:
    friend class FilePool;
    int Open(); // the open descriptor
    void Close();
    qpdf_offset_t Size();

    std::string m_filename;
    std::shared_ptr<FilePool> m_pool;
    int m_fd = -1;
    std::list<PooledFileInputSource*>::iterator m_slot;
    qpdf_offset_t m_size = -1;   // known once asked for
    qpdf_offset_t m_position = 0;
    std::vector<char> m_buffer;  // bytes from m_bufferStart on (the file never changes)
    qpdf_offset_t m_bufferStart = 0;
};

} // namespace reclama::pdf
