package org.intermarket.files;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * At start-up, removes what an interrupted upload left in the file store: part files of uploads that never finished,
 * and blobs whose record never committed (the upload's transaction rolled back, or the server died between writing
 * the bytes and committing). A record always has its bytes (FileStore forces them to disk first); bytes without a
 * record are only wasted space.
 *
 * <p>Part files live in a folder per deployment whose lock its FileStore holds: a folder whose lock is free belongs to
 * a server that has stopped or died, and all its part files go at once, the ones a crash just left included. Blobs are
 * named by their content and shared by every node, so nothing tells whose upload an unreferenced one was: it may be
 * another node's, about to commit its record, and is removed only once older than {@link #GRACE}. The sweep names the
 * unreferenced blobs it finds, removed or kept.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class OrphanFiles {

    private static final Logger LOG = Logger.getLogger(OrphanFiles.class.getName());
    /** Far longer than any upload's transaction; younger leftovers may still be about to be committed elsewhere. */
    static final Duration GRACE = Duration.ofMinutes(10);
    /** Enough names to follow up a crash's leftovers; a log line must stay readable. */
    private static final int NAMED = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FileStore store;

    @Inject
    private Clock clock;

    @PostConstruct
    void sweep() {
        Instant before = clock.instant().minus(GRACE);
        Path root = store.root();
        try {
            PartFiles parts = sweepPartFiles(root.resolve("incoming"), store.ownFolder(), before);
            Set<String> referenced = new HashSet<>(em.createQuery("SELECT f.sha256 FROM StoredFile f", String.class).getResultList());
            List<Path> unreferenced;
            try (Stream<Path> blobs = Files.walk(root, 2)) {
                unreferenced = blobs.filter(Files::isRegularFile)
                        .filter(file -> !file.startsWith(root.resolve("incoming")))
                        .filter(file -> file.getFileName().toString().matches("[0-9a-f]{64}"))
                        .filter(file -> !referenced.contains(file.getFileName().toString()))
                        .toList();
            }
            int blobs = deleteOlder(unreferenced, before);
            if (parts.removed() + parts.kept() + unreferenced.size() > 0) {
                String names = unreferenced.stream().limit(NAMED).map(file -> file.getFileName().toString())
                        .collect(Collectors.joining(" ")) + (unreferenced.size() > NAMED ? " …" : "");
                LOG.info(() -> "file store " + root + ": removed " + parts.removed() + " part files of uploads cut off when their server"
                        + " stopped, kept " + parts.kept() + " of uploads running; " + unreferenced.size() + " blobs no record refers to,"
                        + " removed " + blobs + " older than " + GRACE + ", kept " + (unreferenced.size() - blobs)
                        + " younger, whose upload may still commit on another node" + (names.isEmpty() ? "" : ": " + names));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not sweep the file store " + root + " for leftovers; nothing depends on it", e);
        }
    }

    /**
     * Removes the part files of servers that are gone: every folder under {@code incoming} but {@code own} whose lock is
     * free. Where the lock cannot tell (no lock file yet, or a file system without locks), and for part files of the
     * layout before these folders, their age decides.
     */
    static PartFiles sweepPartFiles(Path incoming, Path own, Instant before) throws IOException {
        int removed = 0;
        int kept = 0;
        for (Path entry : list(incoming, path -> !path.equals(own))) {
            if (Files.isRegularFile(entry)) {
                int old = deleteOlder(List.of(entry), before);
                removed += old;
                kept += 1 - old;
                continue;
            }
            List<Path> partFiles = list(entry, path -> !path.getFileName().toString().equals(FileStore.OWNER_LOCK));
            Boolean ownerGone = ownerGone(entry.resolve(FileStore.OWNER_LOCK));
            if (ownerGone == null ? Files.getLastModifiedTime(entry).toInstant().isBefore(before) : ownerGone) {
                for (Path partFile : partFiles) {
                    removed += Files.deleteIfExists(partFile) ? 1 : 0;
                }
                Files.deleteIfExists(entry.resolve(FileStore.OWNER_LOCK));
                try {
                    Files.deleteIfExists(entry);
                } catch (DirectoryNotEmptyException writtenMeanwhile) {
                    // not ours to judge: the next start looks again
                }
            } else {
                kept += partFiles.size();
            }
        }
        return new PartFiles(removed, kept);
    }

    /** True when no process holds the folder's lock, false when one does, null when the lock cannot say. */
    private static Boolean ownerGone(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException heldInThisProcess) {
            return false;
        } catch (IOException locksNotSupported) {
            return null;
        }
    }

    record PartFiles(int removed, int kept) {
    }

    private static List<Path> list(Path directory, java.util.function.Predicate<Path> which) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(which).toList();
        }
    }

    private static int deleteOlder(List<Path> files, Instant before) throws IOException {
        int deleted = 0;
        for (Path file : files) {
            if (Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
                deleted++;
            }
        }
        return deleted;
    }
}
