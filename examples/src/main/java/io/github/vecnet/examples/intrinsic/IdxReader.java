package io.github.vecnet.examples.intrinsic;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (raw or gzip, detected from the first two bytes). Header: two zero bytes, the type code (only
 * 0x08 = unsigned byte is supported: that is what MNIST-like data sets use), the number of dimensions, then one
 * big-endian int per dimension.
 *
 * <p>A file is accepted only if it holds exactly what its header announces: a raw file's size must equal header plus
 * data; a gzip file is read to its end, so that its CRC-32 and length are checked, must be a single gzip member
 * whose trailer is the file's last 8 bytes (no trailing bytes), and must decompress to exactly header plus data.
 * The header's size is checked against the file before anything is allocated, so a corrupt or hostile header gives
 * an {@link IOException}, never an {@link OutOfMemoryError}.
 */
public final class IdxReader {
    private static final int UNSIGNED_BYTE = 0x08;
    /** The largest array a JVM can allocate. */
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;
    /** DEFLATE cannot expand by more than about 1032:1, so a larger announced size is a corrupt header. */
    private static final long MAX_DEFLATE_RATIO = 1032;
    /** gzip: a 10-byte header and an 8-byte trailer (CRC-32, then the length mod 2^32, both little-endian). */
    private static final int GZIP_MIN_SIZE = 18;

    private IdxReader() {}

    public static IdxFile read(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "IDX file not found");
        }
        long fileSize = Files.size(file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                return readGzip(raw, file, fileSize);
            }
            try (DataInputStream in = new DataInputStream(raw)) {
                return readRaw(in, file, fileSize);
            }
        } catch (EOFException e) {
            throw new IOException(file + ": truncated IDX file (the header ends early)", e);
        }
    }

    private static IdxFile readRaw(DataInputStream in, Path file, long fileSize) throws IOException {
        int[] dimensions = readHeader(in, file);
        long elements = elements(dimensions, file);
        long present = fileSize - headerBytes(dimensions);
        if (present < elements) {
            throw new IOException(file + ": truncated IDX file: header " + Arrays.toString(dimensions) + " needs "
                    + elements + " data bytes, found only " + present);
        }
        if (present > elements) {
            throw new IOException(file + ": header " + Arrays.toString(dimensions) + " needs " + elements
                    + " data bytes, the file has " + present + " (trailing bytes)");
        }
        return new IdxFile(dimensions, readData(in, elements, dimensions, file));
    }

    private static IdxFile readGzip(InputStream raw, Path file, long fileSize) throws IOException {
        if (fileSize < GZIP_MIN_SIZE) {
            throw new IOException(file + ": truncated gzip file (" + fileSize + " bytes)");
        }
        long[] trailer = gzipTrailer(file, fileSize);
        long trailerCrc = trailer[0];
        long trailerLength = trailer[1];
        CRC32 crc = new CRC32();
        try (DataInputStream in = new DataInputStream(new CheckedInputStream(new GZIPInputStream(raw), crc))) {
            int[] dimensions = readHeader(in, file);
            long elements = elements(dimensions, file);
            long expected = headerBytes(dimensions) + elements;
            if ((expected & 0xffffffffL) != trailerLength) {
                throw new IOException(file + ": header " + Arrays.toString(dimensions) + " announces " + expected
                        + " bytes, the gzip trailer says " + trailerLength + " (corrupt, truncated or trailing bytes)");
            }
            if (expected > fileSize * MAX_DEFLATE_RATIO) {
                throw new IOException(file + ": header " + Arrays.toString(dimensions) + " announces " + expected
                        + " bytes, more than a " + fileSize + "-byte gzip file can hold");
            }
            byte[] data = readData(in, elements, dimensions, file);
            if (in.read() != -1) {
                throw new IOException(
                        file + ": more data than the header " + Arrays.toString(dimensions) + " announces");
            }
            // GZIPInputStream checked the member's own trailer; this checks that the member ends the file (it silently
            // skips bytes after the trailer that do not form another member).
            if (crc.getValue() != trailerCrc) {
                throw new IOException(file + ": the file's last 8 bytes are not the gzip trailer of its data (trailing"
                        + " bytes, or more than one gzip member)");
            }
            return new IdxFile(dimensions, data);
        } catch (ZipException e) {
            throw new IOException(file + ": corrupt gzip data (" + e.getMessage() + ")", e);
        } catch (EOFException e) {
            throw new IOException(file + ": truncated gzip file (the compressed stream ends early)", e);
        }
    }

    /** The CRC-32 and length mod 2^32 stored in a gzip file's last 8 bytes. */
    private static long[] gzipTrailer(Path file, long fileSize) throws IOException {
        byte[] last = new byte[8];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(fileSize - 8);
            in.readFully(last);
        }
        return new long[] {littleEndianInt(last, 0), littleEndianInt(last, 4)};
    }

    private static long littleEndianInt(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    private static int[] readHeader(DataInputStream in, Path file) throws IOException {
        int zero0 = in.readUnsignedByte();
        int zero1 = in.readUnsignedByte();
        int type = in.readUnsignedByte();
        int rank = in.readUnsignedByte();
        if (zero0 != 0 || zero1 != 0) {
            throw new IOException(file + ": not an IDX file (magic number must start with two zero bytes, got " + zero0
                    + ", " + zero1 + ")");
        }
        if (type != UNSIGNED_BYTE) {
            throw new IOException(
                    file + ": IDX type 0x" + Integer.toHexString(type) + " not supported (only 0x08 = unsigned byte)");
        }
        if (rank < 1) {
            throw new IOException(file + ": IDX file with 0 dimensions");
        }
        int[] dimensions = new int[rank];
        for (int i = 0; i < rank; i++) {
            dimensions[i] = in.readInt();
            if (dimensions[i] < 0) {
                throw new IOException(file + ": negative IDX dimension " + dimensions[i]);
            }
        }
        return dimensions;
    }

    private static int headerBytes(int[] dimensions) {
        return 4 + 4 * dimensions.length;
    }

    /** The number of data bytes, refused above the largest array (a corrupt size must not overflow). */
    private static long elements(int[] dimensions, Path file) throws IOException {
        long elements = 1;
        for (int dimension : dimensions) {
            elements *= dimension;
            if (elements > MAX_ELEMENTS) {
                throw new IOException(file + ": IDX header " + Arrays.toString(dimensions) + " announces more than "
                        + MAX_ELEMENTS + " elements");
            }
        }
        return elements;
    }

    private static byte[] readData(DataInputStream in, long elements, int[] dimensions, Path file) throws IOException {
        byte[] data = new byte[(int) elements];
        int read = in.readNBytes(data, 0, data.length);
        if (read < data.length) {
            throw new IOException(file + ": truncated IDX file: header " + Arrays.toString(dimensions) + " needs "
                    + data.length + " data bytes, found only " + read);
        }
        return data;
    }
}
