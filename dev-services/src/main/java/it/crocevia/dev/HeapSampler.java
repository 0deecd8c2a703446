package it.crocevia.dev;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The server JVM's peak heap, from its own garbage-collection notifications over a local JMX
 * attach: the heap in use right before each collection (the peaks) and right after it (the live
 * data). Nothing polls: polling every 50 ms over RMI ran the JMX agent's cold code in the server
 * during the measured run, and its JIT compilation and serialization took CPU from what was measured.
 */
final class HeapSampler implements AutoCloseable {
    private final JMXConnector connector;
    private final MBeanServerConnection server;
    private final MemoryMXBean memory;
    private final Set<String> heapPools;
    private final Set<ObjectName> collectors;
    private final NotificationListener listener = this::collected;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();

    private HeapSampler(JMXConnector connector) throws Exception {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        this.heapPools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        this.collectors = server.queryNames(new ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE
                + ",*"), null);
        for (ObjectName collector : collectors) {
            server.addNotificationListener(collector, listener, null, null);
        }
        peak.set(memory.getHeapMemoryUsage().getUsed());
    }

    static HeapSampler attach(long pid) throws Exception {
        var vm = com.sun.tools.attach.VirtualMachine.attach(Long.toString(pid));
        String address = vm.startLocalManagementAgent();
        vm.detach();
        return new HeapSampler(JMXConnectorFactory.connect(new JMXServiceURL(address)));
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var gc = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        peak.accumulateAndGet(heapUsed(gc.getMemoryUsageBeforeGc()), Math::max);
        peakLive.accumulateAndGet(heapUsed(gc.getMemoryUsageAfterGc()), Math::max);
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /** Forgets the peaks so far: what follows is measured on its own, with the JMX agent already warm. */
    void reset() {
        peak.set(memory.getHeapMemoryUsage().getUsed());
        peakLive.set(0);
    }

    /** The most heap in use: before the fullest collection, or now if that is more. */
    long peakUsed() {
        return peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    /** The most the heap held right after a collection: the live data, without garbage. */
    long peakLive() {
        return peakLive.get();
    }

    long max() {
        return memory.getHeapMemoryUsage().getMax();
    }

    /** Prints the peaks, as every benchmark does. */
    void print() {
        System.out.printf("Server peak heap used:   %,d MiB (max heap %,d MiB); after GC at most %,d MiB%n",
                peakUsed() >> 20, max() >> 20, peakLive() >> 20);
    }

    @Override
    public void close() throws IOException {
        try {
            for (ObjectName collector : collectors) {
                server.removeNotificationListener(collector, listener);
            }
        } catch (Exception serverGone) {
            // the server stopped first: nothing more to hear
        } finally {
            connector.close();
        }
    }
}
