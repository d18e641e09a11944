/** The consumer on the module path: vecnet-nn requires vecnet-kernels transitively. */
module hello {
  requires io.github.vecnet.nn;
}
