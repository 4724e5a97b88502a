// handlebars ships no usable typings for its runtime entry: it is the same API without the compiler.
declare module 'handlebars/runtime' {
  import Handlebars from 'handlebars';
  export default Handlebars;
}
