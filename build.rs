//! Build script: generates the parser from grammar/python.lalrpop with lalrpop.
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(std::env::var("OUT_DIR").unwrap())
        .process()
        .expect("lalrpop failed to generate the parser");
    println!("cargo:rerun-if-changed=grammar");
}
