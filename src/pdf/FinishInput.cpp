#include "FinishInput.h"

#include <qpdf/FileInputSource.hh>

#include <cstdio>

namespace reclama::pdf {

void FilePool::Touch(PooledFileInputSource* source) {
    if (source->m_file) {
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
    if (m_file)
        m_pool->Forget(this);
}

FileInputSource& PooledFileInputSource::Open() {
    m_pool->Touch(this);
    if (!m_file) {
        try {
            m_file = std::make_shared<FileInputSource>(m_filename.c_str());
        } catch (...) {
            m_pool->Forget(this);
            throw;
        }
        m_file->seek(m_offset, SEEK_SET);
        m_file->setLastOffset(last_offset);
    }
    return *m_file;
}

void PooledFileInputSource::After() {
    last_offset = m_file->getLastOffset();
}

void PooledFileInputSource::Close() {
    m_offset = m_file->tell();
    last_offset = m_file->getLastOffset();
    m_pool->Forget(this);
    m_file.reset();
}

qpdf_offset_t PooledFileInputSource::findAndSkipNextEOL() {
    qpdf_offset_t result = Open().findAndSkipNextEOL();
    After();
    return result;
}

std::string const& PooledFileInputSource::getName() const {
    return m_filename;
}

qpdf_offset_t PooledFileInputSource::tell() {
    qpdf_offset_t result = Open().tell();
    After();
    return result;
}

void PooledFileInputSource::seek(qpdf_offset_t offset, int whence) {
    Open().seek(offset, whence);
    After();
}

void PooledFileInputSource::rewind() {
    Open().rewind();
    After();
}

size_t PooledFileInputSource::read(char* buffer, size_t length) {
    size_t result = Open().read(buffer, length);
    After();
    return result;
}

void PooledFileInputSource::unreadCh(char ch) {
    Open().unreadCh(ch);
    After();
}

} // namespace reclama::pdf
