import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.haven.lunr.Builder;
import org.haven.lunr.Index;
import org.haven.lunr.Json;
import org.haven.lunr.Lunr;

/**
 * Search benchmark: builds (and serialises) the same generated documents with the Java port and
 * with lunr.js under Node, median of 3 each, and reports the size of the index for 1,000 docs.
 * Usage: java SearchBench <node-tool-dir> <work-dir>
 */
public class SearchBench {
    static final String[] SYLLABLES = ("ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga ge gi go "
                    + "ha he hi ho la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su "
                    + "ta te ti to tu va ve vi vo wa we wi ya yo za ze zi zo ing ed tion ness ful ly er al")
            .split(" ");
    static final String[] COMMON = ("child children safeguarding the and of to a in is it that for on with as "
                    + "partnership review level help family school police health report worried concern early neglect abuse "
                    + "practice learning plan risk harm safe agency meeting training")
            .split(" ");

    static List<Map<String, Object>> documents(int n, long seed) {
        Random r = new Random(seed);
        int vocabSize = 30000;
        String[] vocab = new String[vocabSize];
        for (int i = 0; i < vocabSize; i++) {
            StringBuilder sb = new StringBuilder();
            int syl = 1 + r.nextInt(4);
            for (int s = 0; s < syl; s++) sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            vocab[i] = sb.toString();
        }
        // Zipf-like word choice: common words, then a long tail
        double[] cdf = new double[vocabSize];
        double sum = 0;
        for (int i = 0; i < vocabSize; i++) {
            sum += 1.0 / (i + 1);
            cdf[i] = sum;
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", "/pages/" + d + "/");
            doc.put("title", text(r, vocab, cdf, sum, 5));
            doc.put("summary", text(r, vocab, cdf, sum, 15));
            doc.put("body", text(r, vocab, cdf, sum, 128));
            doc.put("tags", List.of(COMMON[r.nextInt(COMMON.length)], COMMON[r.nextInt(COMMON.length)]));
            docs.add(doc);
        }
        return docs;
    }

    static String text(Random r, String[] vocab, double[] cdf, double sum, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) sb.append(i % 12 == 0 ? ". " : i % 7 == 0 ? ", " : " ");
            if (r.nextInt(4) == 0) {
                sb.append(COMMON[r.nextInt(COMMON.length)]);
            } else {
                int k = Arrays.binarySearch(cdf, r.nextDouble() * sum);
                if (k < 0) k = -k - 1;
                String w = vocab[Math.min(k, vocab.length - 1)];
                sb.append(r.nextInt(10) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            }
        }
        return sb.append('.').toString();
    }

    static String build(List<Map<String, Object>> docs) {
        Index idx = Lunr.lunr(b -> {
            b.ref("id");
            b.field("title", Builder.FieldAttributes.boost(10));
            b.field("summary", Builder.FieldAttributes.boost(3));
            b.field("body");
            b.field("tags", Builder.FieldAttributes.boost(2));
            for (Map<String, Object> d : docs) b.add(d);
        });
        return idx.toJson();
    }

    static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    @SuppressWarnings("unchecked")
    static double[] node(Path toolDir, Path work, List<Map<String, Object>> docs, String[] jsonOut) throws Exception {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("command", "bench");
        req.put("repeats", 3);
        req.put("ref", "id");
        req.put(
                "fields",
                List.of(
                        Map.of("name", "title", "boost", 10),
                        Map.of("name", "summary", "boost", 3),
                        Map.of("name", "body"),
                        Map.of("name", "tags", "boost", 2)));
        List<Object> ds = new ArrayList<>();
        for (Map<String, Object> d : docs) ds.add(Map.of("doc", d));
        req.put("docs", ds);
        Path reqFile = work.resolve("bench-request.json"), resFile = work.resolve("bench-response.json");
        Files.writeString(reqFile, Json.stringify(req), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(
                        "node", toolDir.resolve("lunr-tool.js").toString(), reqFile.toString(), resFile.toString())
                .inheritIO()
                .start();
        if (p.waitFor() != 0) throw new IllegalStateException("node failed");
        Map<String, Object> res = (Map<String, Object>) Json.parse(Files.readString(resFile, StandardCharsets.UTF_8));
        List<Object> secs = (List<Object>) res.get("seconds");
        double[] out = new double[secs.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((Number) secs.get(i)).doubleValue();
        jsonOut[0] = Long.toString(((Number) res.get("bytes")).longValue());
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path toolDir = Paths.get(args[0]);
        Path work = Paths.get(args[1]);
        Files.createDirectories(work);
        int[] sizes = {1000, 10000};
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-8s %14s %14s %10s%n", "docs", "java (s)", "lunr.js (s)", "java/js"));
        String json1000 = null;
        for (int n : sizes) {
            List<Map<String, Object>> docs = documents(n, 42);
            double[] java = new double[3];
            String json = null;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                json = build(docs);
                java[i] = (System.nanoTime() - t0) / 1e9;
            }
            if (n == 1000) json1000 = json;
            String[] nodeBytes = new String[1];
            double[] js = node(toolDir, work, docs, nodeBytes);
            int ourBytes = json.getBytes(StandardCharsets.UTF_8).length;
            if (!String.valueOf(ourBytes).equals(nodeBytes[0])) {
                System.out.println("WARNING: index sizes differ for " + n + " docs: java " + ourBytes + ", lunr.js "
                        + nodeBytes[0]);
            }
            System.out.printf(
                    "%d docs: java runs %s, lunr.js runs %s%n", n, Arrays.toString(java), Arrays.toString(js));
            double jm = median(java), nm = median(js);
            table.append(String.format("%-8d %14.3f %14.3f %10.2f%n", n, jm, nm, jm / nm));
        }
        byte[] raw = json1000.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(raw);
        }
        Files.write(work.resolve("index-1000.json"), raw);
        System.out.println();
        System.out.println("Build + serialise, median of 3 (seconds):");
        System.out.print(table);
        System.out.println();
        System.out.printf("index.json for 1000 docs: %,d bytes raw, %,d bytes gzipped%n", raw.length, bos.size());
    }
}
