package org.trajectorystudio.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import org.trajectorystudio.model.export.dedup.MinHash;
import org.trajectorystudio.model.export.dedup.QuestionClusters;
import scala.Tuple2;

/**
 * Near-identical questions by MinHash LSH inside Spark, the same clusters as the studio's {@link QuestionClusters}:
 * questions are numbered by first appearance (here: the lowest order key of a kept record asking it); in each of the
 * 16 bands, every question is compared with the lowest-numbered question sharing its band hash (the one the studio's
 * index holds for that bucket) and joined to it when the signatures agree at least at the threshold; clusters are the
 * connected components, named by their lowest number. Components come from min-label propagation over the edges
 * (one join per round until no label changes), so nothing is collected to the driver.
 */
final class QuestionGraph {
    private QuestionGraph() {}

    /**
     * @param questions question number → normalized question text
     * @return question number → cluster (the lowest question number in its component), for every question
     */
    static JavaPairRDD<Long, Long> clusters(JavaPairRDD<Long, String> questions, double threshold, long seed) {
        if (threshold <= 0) {
            return questions.mapToPair(q -> new Tuple2<>(q._1(), q._1()));
        }
        JavaPairRDD<Long, long[]> signatures = questions.mapPartitionsToPair(part -> {
            MinHash minHash = QuestionClusters.minHash(seed);
            List<Tuple2<Long, long[]>> out = new ArrayList<>();
            part.forEachRemaining(q -> out.add(new Tuple2<>(q._1(), minHash.signature(q._2()))));
            return out.iterator();
        });
        JavaPairRDD<Long, Long> edges = signatures
                .flatMapToPair(s -> {
                    List<Tuple2<Tuple2<Integer, Long>, Tuple2<Long, long[]>>> bands = new ArrayList<>(QuestionClusters.BANDS);
                    for (int band = 0; band < QuestionClusters.BANDS; band++) {
                        bands.add(new Tuple2<>(new Tuple2<>(band, QuestionClusters.bandHash(s._2(), band)), s));
                    }
                    return bands.iterator();
                })
                .groupByKey()
                .flatMapToPair(bucket -> {
                    Tuple2<Long, long[]> first = null;
                    for (Tuple2<Long, long[]> member : bucket._2()) {
                        if (first == null || member._1() < first._1()) {
                            first = member;
                        }
                    }
                    List<Tuple2<Long, Long>> joined = new ArrayList<>();
                    for (Tuple2<Long, long[]> member : bucket._2()) {
                        if (member._1() != first._1().longValue() && MinHash.similarity(member._2(), first._2()) >= threshold) {
                            joined.add(new Tuple2<>(member._1(), first._1()));
                        }
                    }
                    return joined.iterator();
                })
                .distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> components = components(edges);
        edges.unpersist();
        return questions.leftOuterJoin(components)
                .mapToPair(q -> new Tuple2<>(q._1(), q._2()._2().orElse(q._1())));
    }

    /** Connected components of an undirected graph: vertex → lowest vertex in its component (edge vertices only). */
    static JavaPairRDD<Long, Long> components(JavaPairRDD<Long, Long> edges) {
        JavaPairRDD<Long, Long> both = edges.union(edges.mapToPair(Tuple2::swap)).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> labels = both.keys().distinct().mapToPair(v -> new Tuple2<>(v, v)).persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            // Each vertex takes the lowest label among itself and its neighbours.
            JavaPairRDD<Long, Long> offers = both.join(labels).mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
            JavaPairRDD<Long, Long> next = labels.union(offers).reduceByKey(Math::min).persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.join(labels).filter(v -> !v._2()._1().equals(v._2()._2())).count();
            labels.unpersist();
            labels = next;
            if (changed == 0) {
                both.unpersist();
                return labels;
            }
        }
    }
}
