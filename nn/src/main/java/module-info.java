/**
 * vecnet nn: a small reverse-mode autodiff over 2-D float32/float64 tensors, with layers, losses, initialisers,
 * optimisers, a data loader, a trainer and a binary model format. All arithmetic goes through vecnet-kernels.
 */
module io.github.vecnet.nn {
    requires transitive io.github.vecnet.kernels;
    requires org.slf4j;

    exports io.github.vecnet.nn;
    exports io.github.vecnet.nn.layers;
    exports io.github.vecnet.nn.loss;
    exports io.github.vecnet.nn.optim;
    exports io.github.vecnet.nn.init;
    exports io.github.vecnet.nn.data;
    exports io.github.vecnet.nn.io;
}
