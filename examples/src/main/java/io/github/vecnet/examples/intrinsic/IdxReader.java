package io.github.vecnet.examples.intrinsic;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads IDX files (raw or gzip, detected from the first two bytes). Header: two zero bytes, the type code (only
 * 0x08 = unsigned byte is supported: that is what MNIST-like data sets use), the number of dimensions, then one
 * big-endian int per dimension.
 */
public final class IdxReader {
  private static final int UNSIGNED_BYTE = 0x08;
  /** Refuses absurd headers before allocating: a corrupt size must not become an OutOfMemoryError. */
  private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

  private IdxReader() {}

  public static IdxFile read(Path file) throws IOException {
    if (file == null) {
      throw new IllegalArgumentException("file must not be null");
    }
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "IDX file not found");
    }
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      raw.mark(2);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      boolean gzip = b0 == 0x1f && b1 == 0x8b;
      try (DataInputStream in = new DataInputStream(gzip ? new GZIPInputStream(raw) : raw)) {
        return read(in, file);
      } catch (EOFException e) {
        throw new IOException(file + ": truncated IDX file (the gzip stream or the header ends early)", e);
      }
    }
  }

  private static IdxFile read(DataInputStream in, Path file) throws IOException {
    int zero0 = in.readUnsignedByte();
    int zero1 = in.readUnsignedByte();
    int type = in.readUnsignedByte();
    int rank = in.readUnsignedByte();
    if (zero0 != 0 || zero1 != 0) {
      throw new IOException(file + ": not an IDX file (magic number must start with two zero bytes, got "
          + zero0 + ", " + zero1 + ")");
    }
    if (type != UNSIGNED_BYTE) {
      throw new IOException(file + ": IDX type 0x" + Integer.toHexString(type)
          + " not supported (only 0x08 = unsigned byte)");
    }
    if (rank < 1) {
      throw new IOException(file + ": IDX file with 0 dimensions");
    }
    int[] dimensions = new int[rank];
    long elements = 1;
    for (int i = 0; i < rank; i++) {
      dimensions[i] = in.readInt();
      if (dimensions[i] < 0) {
        throw new IOException(file + ": negative IDX dimension " + dimensions[i]);
      }
      elements *= dimensions[i];
      if (elements > MAX_ELEMENTS) {
        throw new IOException(file + ": IDX data too large (" + elements + "+ elements)");
      }
    }
    byte[] data = new byte[(int) elements];
    int read = in.readNBytes(data, 0, data.length);
    if (read < data.length) {
      throw new IOException(file + ": truncated IDX file: header " + java.util.Arrays.toString(dimensions)
          + " needs " + data.length + " data bytes, found only " + read);
    }
    return new IdxFile(dimensions, data);
  }
}
