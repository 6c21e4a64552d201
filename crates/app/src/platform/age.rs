//! The staff page's decryption: the module `/staff/age-<hash>.js` (npm `age-encryption`
//! bundled by esbuild, see `web/staff/age_module.js`), imported only when the staff
//! page first needs it, so none of it is in the main wasm. Its URL comes from the staff
//! page's `<meta name="hw-age">`. The module runs the key file's scrypt and the offers'
//! decryption in a worker of its own where one starts (decision 26), else on the page in
//! slices. Natively every function fails with [`AgeError::Unavailable`].

/// Why an age operation failed (natively only [`AgeError::Unavailable`] occurs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub enum AgeError {
    /// The file is not an age key file (protected with a passphrase, or age-keygen's).
    NotAKeyFile,
    /// The passphrase does not open the key file.
    WrongPassphrase,
    /// A sealed offer does not open with this identity.
    DoesNotOpen,
    /// The module could not be loaded (offline, or outside a browser).
    Unavailable,
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::AgeError;
    use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;

    #[wasm_bindgen(inline_js = "export function import_module(url) { return import(url); }")]
    extern "C" {
        #[wasm_bindgen(catch)]
        fn import_module(url: &str) -> Result<Promise, JsValue>;
    }

    thread_local! {
        static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    }

    async fn module() -> Result<JsValue, AgeError> {
        if let Some(m) = MODULE.with(|m| m.borrow().clone()) {
            return Ok(m);
        }
        let url = crate::platform::web::meta("hw-age").ok_or(AgeError::Unavailable)?;
        let promise = import_module(&url).map_err(|_| AgeError::Unavailable)?;
        let m = JsFuture::from(promise)
            .await
            .map_err(|_| AgeError::Unavailable)?;
        MODULE.with(|slot| *slot.borrow_mut() = Some(m.clone()));
        Ok(m)
    }

    fn error(thrown: &JsValue) -> AgeError {
        match thrown.as_string().as_deref() {
            Some("not-a-key-file") => AgeError::NotAKeyFile,
            Some("wrong-passphrase") => AgeError::WrongPassphrase,
            Some("does-not-open") => AgeError::DoesNotOpen,
            _ => AgeError::Unavailable,
        }
    }

    pub async fn call(name: &str, args: &[JsValue]) -> Result<JsValue, AgeError> {
        start(name, args).await?.0.await.map_err(|e| error(&e))
    }

    /// A call of the module under way: it runs while the caller awaits other things.
    pub struct Pending(JsFuture);

    impl Pending {
        pub async fn text(self) -> Result<String, AgeError> {
            self.0
                .await
                .map_err(|e| error(&e))?
                .as_string()
                .ok_or(AgeError::Unavailable)
        }
    }

    async fn start(name: &str, args: &[JsValue]) -> Result<Pending, AgeError> {
        let m = module().await?;
        let f: Function = Reflect::get(&m, &name.into())
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or(AgeError::Unavailable)?;
        let args: Array = args.iter().collect();
        let promise: Promise = f
            .apply(&JsValue::NULL, &args)
            .map_err(|e| error(&e))?
            .dyn_into()
            .map_err(|_| AgeError::Unavailable)?;
        Ok(Pending(JsFuture::from(promise)))
    }

    pub async fn generate() -> Result<(String, String), AgeError> {
        let pair: Array = call("generate", &[])
            .await?
            .dyn_into()
            .map_err(|_| AgeError::Unavailable)?;
        match (pair.get(0).as_string(), pair.get(1).as_string()) {
            (Some(identity), Some(recipient)) => Ok((identity, recipient)),
            _ => Err(AgeError::Unavailable),
        }
    }

    pub async fn protect(identity: &str, passphrase: &str) -> Result<Vec<u8>, AgeError> {
        let bytes = call("protect", &[identity.into(), passphrase.into()]).await?;
        Ok(Uint8Array::new(&bytes).to_vec())
    }

    pub async fn start_unlock(file: &[u8], passphrase: &str) -> Result<Pending, AgeError> {
        let bytes = Uint8Array::from(file);
        start("unlock", &[bytes.into(), passphrase.into()]).await
    }

    pub async fn open_many(
        identity: &str,
        sealed: &[&str],
    ) -> Result<Vec<Option<String>>, AgeError> {
        let list: Array = sealed.iter().map(|s| JsValue::from_str(s)).collect();
        let opened: Array = call("openMany", &[identity.into(), list.into()])
            .await?
            .dyn_into()
            .map_err(|_| AgeError::Unavailable)?;
        Ok(opened.iter().map(|v| v.as_string()).collect())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod web {
    use super::AgeError;
    pub async fn generate() -> Result<(String, String), AgeError> {
        Err(AgeError::Unavailable)
    }
    pub async fn protect(_: &str, _: &str) -> Result<Vec<u8>, AgeError> {
        Err(AgeError::Unavailable)
    }
    pub struct Pending;
    impl Pending {
        pub async fn text(self) -> Result<String, AgeError> {
            Err(AgeError::Unavailable)
        }
    }
    pub async fn start_unlock(_: &[u8], _: &str) -> Result<Pending, AgeError> {
        Err(AgeError::Unavailable)
    }
    pub async fn open_many(_: &str, _: &[&str]) -> Result<Vec<Option<String>>, AgeError> {
        Err(AgeError::Unavailable)
    }
}

/// A new X25519 identity (`AGE-SECRET-KEY-1…`) and its public key (`age1…`).
///
/// # Errors
/// [`AgeError::Unavailable`] when the module cannot be loaded.
pub async fn generate() -> Result<(String, String), AgeError> {
    web::generate().await
}

/// `identity` as an age file encrypted with `passphrase` (what `age -p` writes).
///
/// # Errors
/// [`AgeError::Unavailable`] when the module cannot be loaded.
pub async fn protect(identity: &str, passphrase: &str) -> Result<Vec<u8>, AgeError> {
    web::protect(identity, passphrase).await
}

/// Unlocking a key file, under way: scrypt runs in the module's worker (or on the page,
/// yielding to the event loop), while the caller awaits something else (the export).
pub struct Unlocking(web::Pending);

impl Unlocking {
    /// The identity in the key file.
    ///
    /// # Errors
    /// [`AgeError::NotAKeyFile`], [`AgeError::WrongPassphrase`] or [`AgeError::Unavailable`].
    pub async fn identity(self) -> Result<String, AgeError> {
        self.0.text().await
    }
}

/// Starts opening the identity in a key file with `passphrase`.
///
/// # Errors
/// [`AgeError::Unavailable`] when the module cannot be loaded.
pub async fn start_unlock(file: &[u8], passphrase: &str) -> Result<Unlocking, AgeError> {
    web::start_unlock(file, passphrase).await.map(Unlocking)
}

/// The plaintexts of sealed offers (base64 of age files), in their order: `None` for one
/// not sealed to `identity`. The module lets the event loop run once before it answers,
/// so a loop over batches keeps the page responsive.
///
/// # Errors
/// [`AgeError::Unavailable`] when the module cannot be loaded.
pub async fn open_many(identity: &str, sealed: &[&str]) -> Result<Vec<Option<String>>, AgeError> {
    web::open_many(identity, sealed).await
}
