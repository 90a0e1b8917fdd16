#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct zip;

namespace rd {

// A ZIP archive read from memory with libzip. Entry names are checked when it opens: a name that
// could point outside a folder ("..", an absolute path, a drive, a backslash) or that appears
// twice makes the whole archive invalid, even though Release Desk never extracts to disk.
class ZipArchiveReader
{
public:
    ZipArchiveReader();
    ~ZipArchiveReader();
    ZipArchiveReader(const ZipArchiveReader &) = delete;
    ZipArchiveReader &operator=(const ZipArchiveReader &) = delete;

    Status open(const QByteArray &data);

    struct Entry
    {
        QString name;
        qint64 declaredSize = 0;
        bool stored = false; // not compressed
    };
    const QList<Entry> &entries() const { return m_entries; }
    bool contains(const QString &name) const;

    // Reads an entry, decompressing at most maxSize bytes: an entry that would expand further is
    // refused, whatever size its header declares. libzip checks the CRC at the end.
    Result<QByteArray> read(const QString &name, qint64 maxSize) const;

private:
    QByteArray m_data;
    zip *m_archive = nullptr;
    QList<Entry> m_entries;
};

// Builds a ZIP archive in memory with libzip, entries in the order they are added, every entry
// dated the same fixed time so that saving the same release twice gives the same bytes.
class ZipArchiveWriter
{
public:
    ZipArchiveWriter();
    ~ZipArchiveWriter();
    ZipArchiveWriter(const ZipArchiveWriter &) = delete;
    ZipArchiveWriter &operator=(const ZipArchiveWriter &) = delete;

    enum class Compression { Store, Deflate };
    Status add(const QString &name, const QByteArray &data, Compression compression);
    Result<QByteArray> finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rd
