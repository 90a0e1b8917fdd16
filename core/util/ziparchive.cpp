#include "ziparchive.h"

#include <QCoreApplication>
#include <QSet>

#include <zip.h>

namespace rd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
};

QString libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString message = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return message;
}

QString libzipMessage(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QChar(0)))
        return false;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':'))
        return false; // a Windows drive, "C:..."
    const QStringList parts = name.split(QLatin1Char('/'));
    return !parts.contains(QLatin1String("..")) && !parts.contains(QLatin1String("."));
}

// The fixed date of every entry: 2000-01-01, so that the bytes of a save depend only on content.
constexpr time_t fixedEntryTime = 946684800;

} // namespace

ZipArchiveReader::ZipArchiveReader() = default;

ZipArchiveReader::~ZipArchiveReader()
{
    if (m_archive)
        zip_discard(m_archive);
}

Status ZipArchiveReader::open(const QByteArray &data)
{
    m_data = data;
    if (m_data.isEmpty())
        return Error {Tr::tr("not a Release Desk project (the file is empty)")};
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source
        = zip_source_buffer_create(m_data.constData(), zip_uint64_t(m_data.size()), 0, &error);
    if (!source) {
        const QString message = libzipMessage(&error);
        zip_error_fini(&error);
        return Error {Tr::tr("could not be read (%1)").arg(message)};
    }
    m_archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_archive) {
        const int code = zip_error_code_zip(&error);
        zip_error_fini(&error);
        zip_source_free(source);
        if (code == ZIP_ER_NOZIP && !m_data.startsWith("PK\x03\x04"))
            return Error {Tr::tr("not a Release Desk project (it is not a ZIP container)")};
        if (code == ZIP_ER_NOZIP) // it starts as a ZIP file but its central directory is gone
            return Error {Tr::tr("damaged: the ZIP container is incomplete (the file may have been "
                                 "cut short)")};
        return Error {Tr::tr("damaged: the ZIP container is incomplete or inconsistent (%1)")
                          .arg(libzipMessage(code))};
    }
    zip_error_fini(&error);

    const zip_int64_t count = zip_get_num_entries(m_archive, 0);
    QSet<QString> names;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_archive, zip_uint64_t(i), 0, &stat) != 0)
            return Error {Tr::tr("damaged: entry %1 of the ZIP container cannot be read").arg(i)};
        const QString name = QString::fromUtf8(stat.name);
        if (!isSafeEntryName(name))
            return Error {Tr::tr("refused as unsafe: it holds an entry named '%1', which points "
                                 "outside the project")
                              .arg(name)};
        if (names.contains(name))
            return Error {Tr::tr("damaged: the entry '%1' appears twice").arg(name)};
        names.insert(name);
        m_entries.append({name, qint64(stat.size), stat.comp_method == ZIP_CM_STORE});
    }
    return success();
}

bool ZipArchiveReader::contains(const QString &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name == name)
            return true;
    }
    return false;
}

Result<QByteArray> ZipArchiveReader::read(const QString &name, qint64 maxSize) const
{
    const QByteArray utf8Name = name.toUtf8();
    const zip_int64_t index = zip_name_locate(m_archive, utf8Name.constData(), ZIP_FL_ENC_UTF_8);
    if (index < 0)
        return Error {Tr::tr("damaged: the entry '%1' is missing").arg(name)};
    zip_file_t *file = zip_fopen_index(m_archive, zip_uint64_t(index), 0);
    if (!file)
        return Error {Tr::tr("damaged: the entry '%1' cannot be opened (%2)")
                          .arg(name, QString::fromUtf8(zip_strerror(m_archive)))};

    QByteArray bytes;
    constexpr qint64 chunkSize = 256 * 1024;
    for (;;) {
        // Ask for one byte more than allowed, so that an entry exactly at the limit is accepted
        // and one beyond it is noticed without decompressing the rest.
        const qint64 wanted = std::min(chunkSize, maxSize + 1 - bytes.size());
        const qsizetype start = bytes.size();
        bytes.resize(start + wanted);
        const zip_int64_t got = zip_fread(file, bytes.data() + start, zip_uint64_t(wanted));
        if (got < 0) {
            const QString message = QString::fromUtf8(zip_file_strerror(file));
            zip_fclose(file);
            return Error {
                Tr::tr("damaged: the entry '%1' cannot be decompressed (%2)").arg(name, message)};
        }
        bytes.resize(start + got);
        if (bytes.size() > maxSize) {
            zip_fclose(file);
            return Error {Tr::tr("refused: the entry '%1' expands to more than %2 MiB")
                              .arg(name)
                              .arg(double(maxSize) / (1024 * 1024), 0, 'f', 1)};
        }
        if (got == 0)
            break;
    }
    const int closeError = zip_fclose(file);
    if (closeError != 0)
        return Error {Tr::tr("damaged: the entry '%1' fails its check (%2)")
                          .arg(name, libzipMessage(closeError))};
    return bytes;
}

struct ZipArchiveWriter::Private
{
    zip_source_t *buffer = nullptr;
    zip_t *archive = nullptr;
    QList<QByteArray> keptAlive; // libzip reads the added data only in zip_close()
};

ZipArchiveWriter::ZipArchiveWriter()
    : d(std::make_unique<Private>())
{
    zip_error_t error;
    zip_error_init(&error);
    d->buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (d->buffer) {
        zip_source_keep(d->buffer); // the bytes are read back after zip_close() frees the archive
        d->archive = zip_open_from_source(d->buffer, ZIP_TRUNCATE, &error);
    }
    zip_error_fini(&error);
}

ZipArchiveWriter::~ZipArchiveWriter()
{
    if (d->archive)
        zip_discard(d->archive);
    if (d->buffer)
        zip_source_free(d->buffer);
}

Status ZipArchiveWriter::add(const QString &name, const QByteArray &data, Compression compression)
{
    if (!d->archive)
        return Error {Tr::tr("the ZIP container could not be created")};
    d->keptAlive.append(data);
    zip_source_t *source = zip_source_buffer(
        d->archive, d->keptAlive.last().constData(), zip_uint64_t(data.size()), 0);
    const QByteArray utf8Name = name.toUtf8();
    const zip_int64_t index
        = source ? zip_file_add(d->archive, utf8Name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
        if (source)
            zip_source_free(source);
        return Error {Tr::tr("the entry '%1' could not be added (%2)")
                          .arg(name, QString::fromUtf8(zip_strerror(d->archive)))};
    }
    const zip_int32_t method = compression == Compression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    if (zip_set_file_compression(d->archive, zip_uint64_t(index), method, 0) != 0
        || zip_file_set_mtime(d->archive, zip_uint64_t(index), fixedEntryTime, 0) != 0)
        return Error {Tr::tr("the entry '%1' could not be added (%2)")
                          .arg(name, QString::fromUtf8(zip_strerror(d->archive)))};
    return success();
}

Result<QByteArray> ZipArchiveWriter::finish()
{
    if (!d->archive)
        return Error {Tr::tr("the ZIP container could not be created")};
    if (zip_close(d->archive) != 0) {
        const QString message = QString::fromUtf8(zip_strerror(d->archive));
        zip_discard(d->archive);
        d->archive = nullptr;
        return Error {Tr::tr("the ZIP container could not be written (%1)").arg(message)};
    }
    d->archive = nullptr;
    d->keptAlive.clear();

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(d->buffer, &stat) != 0 || zip_source_open(d->buffer) != 0)
        return Error {Tr::tr("the ZIP container could not be read back")};
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t got = zip_source_read(d->buffer, bytes.data(), zip_uint64_t(bytes.size()));
    zip_source_close(d->buffer);
    if (got != bytes.size())
        return Error {Tr::tr("the ZIP container could not be read back")};
    return bytes;
}

} // namespace rd
