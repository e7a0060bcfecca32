#pragma once
// Exhibit files read through a shared pool of open handles: at most `capacity` of them are open at
// once (the least recently used is closed first), so 1,000+ exhibits stay under the open-file
// limit, without reopening the file for every single read as qpdf's ClosedFileInputSource does.

#include <qpdf/InputSource.hh>

#include <cstddef>
#include <list>
#include <memory>
#include <string>

class FileInputSource;

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
    FileInputSource& Open();
    void After();
    void Close();

    std::string m_filename;
    std::shared_ptr<FilePool> m_pool;
    std::shared_ptr<FileInputSource> m_file;
    std::list<PooledFileInputSource*>::iterator m_slot;
    qpdf_offset_t m_offset = 0;
};

} // namespace reclama::pdf
