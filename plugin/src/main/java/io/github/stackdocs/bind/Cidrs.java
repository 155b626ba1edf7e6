package io.github.stackdocs.bind;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The address arithmetic of {@code Fn::Cidr}: {@code count} consecutive subnets of {@code 2^cidrBits} addresses
 * each, from the start of an IPv4 or IPv6 block. Parses addresses itself (no name lookup can happen).
 */
final class Cidrs {
  /** The most subnets {@code Fn::Cidr} makes. */
  static final int MAX_COUNT = 256;

  private Cidrs() {}

  /** Why the arguments are wrong; the message says what was expected. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  static List<String> subnets(String block, int count, int cidrBits) throws Invalid {
    int slash = block.indexOf('/');
    if (slash < 0) {
      throw new Invalid("an address block such as 10.0.0.0/16 or 2001:db8::/56, found '" + block + "'");
    }
    String address = block.substring(0, slash);
    boolean v6 = address.indexOf(':') >= 0;
    int width = v6 ? 128 : 32;
    int prefix = prefix(block.substring(slash + 1), width, block);
    BigInteger base = v6 ? ipv6(address, block) : ipv4(address, block);
    if (count < 1 || count > MAX_COUNT) {
      throw new Invalid("a count of subnets from 1 to " + MAX_COUNT + ", found " + count);
    }
    int newPrefix = width - cidrBits;
    if (cidrBits < 0 || newPrefix < prefix) {
      throw new Invalid("cidrBits from 0 to " + (width - prefix) + " for a /" + prefix + " block, found " + cidrBits);
    }
    if (newPrefix - prefix < 31 && count > (1L << (newPrefix - prefix))) {
      throw new Invalid("a count of at most " + (1L << (newPrefix - prefix)) + " subnets of /" + newPrefix + " in "
          + block + ", found " + count);
    }
    BigInteger network = base.shiftRight(width - prefix).shiftLeft(width - prefix);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      BigInteger start = network.add(BigInteger.valueOf(i).shiftLeft(cidrBits));
      out.add((v6 ? formatIpv6(start) : formatIpv4(start)) + "/" + newPrefix);
    }
    return out;
  }

  private static int prefix(String text, int width, String block) throws Invalid {
    try {
      int p = Integer.parseInt(text);
      if (p >= 0 && p <= width && !text.startsWith("+")) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new Invalid("a prefix length from 0 to " + width + " in '" + block + "'");
  }

  private static BigInteger ipv4(String address, String block) throws Invalid {
    String[] parts = address.split("\\.", -1);
    if (parts.length != 4) {
      throw new Invalid("an IPv4 address of four numbers in '" + block + "'");
    }
    long value = 0;
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new Invalid("an IPv4 address of four numbers from 0 to 255 in '" + block + "'");
      }
      int n = Integer.parseInt(part);
      if (n > 255) {
        throw new Invalid("an IPv4 address of four numbers from 0 to 255 in '" + block + "'");
      }
      value = value << 8 | n;
    }
    return BigInteger.valueOf(value);
  }

  private static BigInteger ipv6(String address, String block) throws Invalid {
    int gap = address.indexOf("::");
    if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
      throw new Invalid("an IPv6 address with at most one '::' in '" + block + "'");
    }
    List<Integer> head = groups(gap >= 0 ? address.substring(0, gap) : address, block);
    List<Integer> tail = gap >= 0 ? groups(address.substring(gap + 2), block) : List.of();
    int missing = 8 - head.size() - tail.size();
    if (gap < 0 ? missing != 0 : missing < 1) {
      throw new Invalid("an IPv6 address of eight groups in '" + block + "'");
    }
    BigInteger value = BigInteger.ZERO;
    for (int g : head) {
      value = value.shiftLeft(16).or(BigInteger.valueOf(g));
    }
    value = value.shiftLeft(16 * (gap >= 0 ? missing : 0));
    for (int g : tail) {
      value = value.shiftLeft(16).or(BigInteger.valueOf(g));
    }
    return value;
  }

  private static List<Integer> groups(String text, String block) throws Invalid {
    List<Integer> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String g : text.split(":", -1)) {
      if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        throw new Invalid("an IPv6 address of hexadecimal groups in '" + block + "'");
      }
      out.add(Integer.parseInt(g, 16));
    }
    return out;
  }

  private static String formatIpv4(BigInteger value) {
    long v = value.longValue();
    return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
  }

  /** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups (the first) as {@code ::}. */
  static String formatIpv6(BigInteger value) {
    int[] g = new int[8];
    for (int i = 7; i >= 0; i--) {
      g[i] = value.intValue() & 0xffff;
      value = value.shiftRight(16);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLength - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }
}
