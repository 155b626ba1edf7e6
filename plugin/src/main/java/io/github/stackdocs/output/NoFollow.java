package io.github.stackdocs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * File checks that never follow a symbolic link: what a link is, who owns a file, removing a tree. For the staging
 * folder, whose content may come from someone else (a stale or planted folder). Stateless.
 */
final class NoFollow {
  private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

  private NoFollow() {}

  /** The attributes of {@code path} itself (a link is a link), or empty when nothing is there. */
  static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
    try {
      return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, NO_FOLLOW));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  static boolean exists(Path path) {
    return Files.exists(path, NO_FOLLOW);
  }

  static boolean isRegularFile(Path path) {
    return Files.isRegularFile(path, NO_FOLLOW);
  }

  /**
   * Whether {@code root/relative} ('/' separators, already a plain relative path) has no symbolic link among the
   * components below {@code root} that exist (the root itself may be a link: a configured folder may be one).
   */
  static boolean linkFree(Path root, String relative) {
    Path p = root;
    for (String part : relative.split("/")) {
      p = p.resolve(part);
      if (Files.isSymbolicLink(p)) {
        return false;
      }
      if (!Files.exists(p, NO_FOLLOW)) {
        return true;
      }
    }
    return true;
  }

  /** Whether {@code path} itself (not what a link points to) belongs to the user running this JVM. */
  static boolean ownedByCurrentUser(Path path) {
    Optional<UserPrincipal> me = CurrentUser.PRINCIPAL;
    if (me.isEmpty()) {
      return false; // cannot tell: treat as not ours
    }
    try {
      return me.get().equals(Files.getOwner(path, NO_FOLLOW));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /**
   * Deletes {@code path} and, when it is a real folder, everything in it; a link anywhere (the path itself
   * included) is deleted as a link, never followed.
   */
  static void deleteTree(Path path) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(path)) { // without FOLLOW_LINKS: a link is listed, not entered
      all = walk.sorted(Comparator.reverseOrder()).toList();
    } catch (NoSuchFileException e) {
      return;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }

  /** The current user, found once: by name, else as the owner of a file this JVM creates. */
  private static final class CurrentUser {
    static final Optional<UserPrincipal> PRINCIPAL = find();

    private static Optional<UserPrincipal> find() {
      try {
        return Optional.of(FileSystems.getDefault().getUserPrincipalLookupService()
            .lookupPrincipalByName(System.getProperty("user.name")));
      } catch (IOException | UnsupportedOperationException e) {
        // a container user without a name: ask a file we make
      }
      try {
        Path probe = Files.createTempFile("stackdocs-owner", ".tmp");
        try {
          return Optional.of(Files.getOwner(probe));
        } finally {
          Files.deleteIfExists(probe);
        }
      } catch (IOException | UnsupportedOperationException e) {
        return Optional.empty();
      }
    }
  }
}
