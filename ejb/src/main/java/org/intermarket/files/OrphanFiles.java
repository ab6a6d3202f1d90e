package org.intermarket.files;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * At start-up, removes what an interrupted upload left in the file store: part files of uploads that never finished,
 * and blobs whose record never committed (the upload's transaction rolled back, or the server died between writing
 * the bytes and committing). A record always has its bytes (FileStore forces them to disk first); bytes without a
 * record are only wasted space, and are removed once they are old enough that no upload still running on another node
 * of a cluster can be about to commit their record.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class OrphanFiles {

    private static final Logger LOG = Logger.getLogger(OrphanFiles.class.getName());
    /** Far longer than any upload's transaction; younger leftovers may still be about to be committed elsewhere. */
    static final Duration GRACE = Duration.ofMinutes(10);

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
            List<Path> partFiles = list(root.resolve("incoming"));
            int parts = deleteOlder(partFiles, before);
            Set<String> referenced = new HashSet<>(em.createQuery("SELECT f.sha256 FROM StoredFile f", String.class).getResultList());
            List<Path> unreferenced;
            try (Stream<Path> blobs = Files.walk(root, 2)) {
                unreferenced = blobs.filter(Files::isRegularFile)
                        .filter(file -> !file.getParent().getFileName().toString().equals("incoming"))
                        .filter(file -> file.getFileName().toString().matches("[0-9a-f]{64}"))
                        .filter(file -> !referenced.contains(file.getFileName().toString()))
                        .toList();
            }
            int blobs = deleteOlder(unreferenced, before);
            int kept = partFiles.size() - parts + unreferenced.size() - blobs;
            if (parts + blobs + kept > 0) {
                LOG.info(() -> "file store " + root + ": removed " + parts + " part files of interrupted uploads and " + blobs
                        + " blobs no record refers to; kept " + kept + " younger than " + GRACE + ", whose upload may still commit");
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not sweep the file store " + root + " for leftovers; nothing depends on it", e);
        }
    }

    private static List<Path> list(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).toList();
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
