package it.crocevia.dev;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** Samples the server JVM's used heap every 50 ms over a local JMX attach, keeping the maximum. */
final class HeapSampler implements AutoCloseable {
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final Thread sampler;

    private HeapSampler(JMXConnector connector, MemoryMXBean memory, List<MemoryPoolMXBean> heapPools) {
        this.connector = connector;
        this.memory = memory;
        this.sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    long live = heapPools.stream().map(MemoryPoolMXBean::getCollectionUsage)
                            .filter(u -> u != null).mapToLong(MemoryUsage::getUsed).sum();
                    peakLive.accumulateAndGet(live, Math::max);
                } catch (RuntimeException connectionGone) {
                    // the server stopped, or close() won the race: nothing more to sample. An
                    // exception escaping this thread would fail exec:java after the figures.
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapSampler attach(long pid) throws Exception {
        var vm = com.sun.tools.attach.VirtualMachine.attach(Long.toString(pid));
        String address = vm.startLocalManagementAgent();
        vm.detach();
        var connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        var server = connector.getMBeanServerConnection();
        var memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        var heapPools = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class)
                .stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        return new HeapSampler(connector, memory, heapPools);
    }

    long peakUsed() {
        return peak.get();
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
        sampler.interrupt();
        try {
            sampler.join(5000); // a sample under way ends before its connection closes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connector.close();
    }
}
